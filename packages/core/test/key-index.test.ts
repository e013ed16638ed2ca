import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createKeyPacker,
  InvalidArgumentError,
  KeyIndex,
  KeyNumbers,
  packedKeyAt,
  packedKeysAt,
  packKeys,
  unpackKeys,
} from '../src/index.js';

describe('KeyIndex', () => {
  it('numbers distinct keys in the order they are added and finds each again', () => {
    const keys = new KeyIndex();
    expect(keys.add('DT-1')).toBe(0);
    expect(keys.add('DT-2')).toBe(1);
    expect(keys.add('DT-1')).toBe(0);
    expect(keys.indexOf('DT-2')).toBe(1);
    expect(keys.indexOf('DT-3')).toBe(-1);
    expect(keys.keyAt(1)).toBe('DT-2');
    expect(keys.size).toBe(2);
  });

  it('keeps every key through many growths, Vietnamese and empty keys included', () => {
    const keys = new KeyIndex();
    const all = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? `Xã Tây Lương ${i}` : `${i}`));
    all.push('');
    all.forEach((key, i) => {
      expect(keys.add(key)).toBe(i);
    });
    expect(all.every((key, i) => keys.indexOf(key) === i)).toBe(true);
    expect(keys.indexOf('Xã Tây Lương 1')).toBe(-1);
  });
});

describe('KeyIndex on keys that come in order', () => {
  /** Operations on the index and on a Map kept beside it: add a key, find it by text or by bytes. */
  const operation = fc.oneof(
    fc.record({ op: fc.constant('add' as const), key: fc.string({ unit: 'grapheme', maxLength: 4 }) }),
    fc.record({ op: fc.constant('find' as const), key: fc.string({ unit: 'grapheme', maxLength: 4 }) }),
    fc.record({ op: fc.constant('bytes' as const), key: fc.string({ unit: 'grapheme', maxLength: 4 }) }),
    fc.record({ op: fc.constant('addBytes' as const), key: fc.string({ unit: 'grapheme', maxLength: 4 }) }),
  );

  it('answers as a Map would, whether keys come sorted, sorted with repeats, or in any order, added as text or as bytes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), fc.boolean(), (operations, sorted) => {
        // Half the runs add keys in code unit order first (the look-back memory of a sorted list), repeats
        // included, then go on with every operation in any order.
        const ops = sorted
          ? [
              ...operations
                .filter((o) => o.op === 'add' || o.op === 'addBytes')
                .map((o) => o.key)
                .sort()
                .map((key, i) => ({ op: i % 2 === 0 ? ('add' as const) : ('addBytes' as const), key })),
              ...operations,
            ]
          : operations;
        const keys = new KeyIndex();
        const model = new Map<string, number>();
        for (const { op, key } of ops) {
          if (op === 'add' || op === 'addBytes') {
            const number = model.get(key) ?? model.size;
            model.set(key, number);
            // As bytes, a key is taken from the middle of a buffer (`bytes[start, end)`).
            const bytes = new TextEncoder().encode(`ab${key}c`);
            expect(op === 'add' ? keys.add(key) : keys.addBytes(bytes, 2, bytes.length - 1)).toBe(number);
          } else if (op === 'find') expect(keys.indexOf(key)).toBe(model.get(key) ?? -1);
          else {
            const bytes = new TextEncoder().encode(`x${key}`);
            expect(keys.indexOfBytes(bytes, 1, bytes.length)).toBe(model.get(key) ?? -1);
          }
        }
        expect(keys.size).toBe(model.size);
        for (const [key, number] of model) expect(keys.indexOf(key)).toBe(number);
      }),
      { numRuns: 500, seed: 23 },
    );
  });

  it('finds a key added in order again once a later key comes out of order, or the same key twice', () => {
    const keys = new KeyIndex();
    for (let i = 0; i < 1_000; i += 1) expect(keys.add(`SYN-${String(i).padStart(8, '0')}`)).toBe(i);
    expect(keys.add('SYN-00000999')).toBe(999);
    expect(keys.add('SYN-00000007')).toBe(7);
    expect(keys.add('A')).toBe(1_000);
    expect(keys.indexOf('SYN-00000500')).toBe(500);
    expect(keys.indexOf('A')).toBe(1_000);
  });

  it('finds by bytes the key after the last one found, and no key whose code units only look like the bytes', () => {
    const keys = new KeyIndex();
    // 'Ã©' is the code units C3 A9, which are the UTF-8 bytes of 'é': the bytes name 'é', not it.
    for (const key of ['DT-1', 'DT-2', 'Ã©', 'é']) keys.add(key);
    const bytes = new TextEncoder().encode('DT-1DT-2é');
    expect(keys.indexOfBytes(bytes, 0, 4)).toBe(0);
    expect(keys.indexOfBytes(bytes, 4, 8)).toBe(1);
    expect(keys.indexOfBytes(bytes, 8, 10)).toBe(3);
    expect(keys.indexOfBytes(bytes, 0, 4)).toBe(0);
    expect(keys.indexOfBytes(new TextEncoder().encode('DT-3'), 0, 4)).toBe(-1);
  });

  it('refuses to add bytes that are not UTF-8, naming them, and adds nothing', () => {
    const keys = new KeyIndex();
    keys.add('DT-1');
    expect(() => keys.addBytes(Uint8Array.from([0x44, 0xff, 0x31]), 0, 3)).toThrow(InvalidArgumentError);
    expect(() => keys.addBytes(Uint8Array.from([0x44, 0xff, 0x31]), 0, 3)).toThrow(/not UTF-8/u);
    expect(keys.size).toBe(1);
    const numbers = new KeyNumbers();
    const code = new TextEncoder().encode('Mã-1');
    expect(numbers.setNewBytes(code, 0, code.length, 7)).toBeUndefined();
    expect(numbers.setNew('Mã-1', 9)).toBe(7);
    expect(numbers.get('Mã-1')).toBe(7);
  });

  it('finds no key for bytes that are not UTF-8, not even the replacement character they would decode to', () => {
    const keys = new KeyIndex();
    keys.add('\uFFFD');
    keys.add('\uFFFDx');
    expect(keys.indexOfBytes(Uint8Array.of(0xff), 0, 1)).toBe(-1);
    expect(keys.indexOfBytes(Uint8Array.of(0xc3), 0, 1)).toBe(-1);
    expect(keys.indexOfBytes(Uint8Array.of(0xc3, 0x78), 0, 2)).toBe(-1);
    expect(keys.indexOfBytes(new TextEncoder().encode('\uFFFD'), 0, 3)).toBe(0);
  });
});

describe('KeyIndex.indexOfBytes(bytes, start, end)', () => {
  it('finds a key from its UTF-8 bytes as indexOf finds its text, whatever the keys and probes', () => {
    // Well-formed text only: a lone surrogate has no UTF-8 bytes of its own.
    const text = fc.string({ unit: 'grapheme', maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text), fc.array(text), (added, probes) => {
        const keys = new KeyIndex();
        for (const key of added) keys.add(key);
        const all = [...probes, ...added];
        const packed = packKeys(all);
        let start = 0;
        all.forEach((key, k) => {
          const end = packed.ends[k] ?? 0;
          expect(keys.indexOfBytes(packed.bytes, start, end)).toBe(keys.indexOf(key));
          start = end;
        });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('finds the keys of a list in their order with some left out, or jumping back, or not known, as indexOf does', () => {
    // Steps through the keys: on by one to six (people left out of a month's list), back, or a key none has.
    const step = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -20, max: 0 }), fc.constant(99));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(step, { maxLength: 80 }), (size, steps) => {
        const keys = new KeyIndex();
        // Codes of one length and of two lengths, as registers mix them.
        const codes = Array.from(
          { length: size },
          (_, i) => `DT-${i % 7 === 3 ? i : String(i).padStart(3, '0')}`,
        );
        for (const code of codes) keys.add(code);
        let at = 0;
        const walk = steps.map((s) => {
          if (s === 99) return 'DT-none';
          at = Math.min(Math.max(at + s, 0), size - 1);
          return codes[at] ?? '';
        });
        const packed = packKeys(walk);
        let start = 0;
        walk.forEach((code, k) => {
          const end = packed.ends[k] ?? 0;
          expect(keys.indexOfBytes(packed.bytes, start, end), code).toBe(keys.indexOf(code));
          start = end;
        });
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('tells apart keys of one length that differ in one byte, and a key from its prefix', () => {
    const keys = new KeyIndex();
    keys.add('SYN-00000001');
    keys.add('SYN-0000000');
    const bytes = new TextEncoder().encode('xSYN-00000002SYN-00000001');
    expect(keys.indexOfBytes(bytes, 1, 13)).toBe(-1);
    expect(keys.indexOfBytes(bytes, 13, 25)).toBe(0);
    expect(keys.indexOfBytes(bytes, 13, 24)).toBe(1);
    expect(new KeyNumbers().set('Mã-7', 42).getBytes(new TextEncoder().encode('Mã-7'), 0, 5)).toBe(42);
  });

  it('compares the bytes of keys whose hashes are equal', () => {
    // 'KAYAAFDE' and 'NAVTZUIK' have the same 32-bit FNV-1a hash (found by search).
    const keys = new KeyIndex();
    keys.add('KAYAAFDE');
    const bytes = new TextEncoder().encode('NAVTZUIKKAYAAFDE');
    expect(keys.indexOfBytes(bytes, 0, 8)).toBe(-1);
    expect(keys.indexOf('NAVTZUIK')).toBe(-1);
    expect(keys.indexOfBytes(bytes, 8, 16)).toBe(0);
    expect(keys.add('NAVTZUIK')).toBe(1);
    expect(keys.indexOfBytes(bytes, 0, 8)).toBe(1);
  });

  it("keeps a key's own leading U+FEFF", () => {
    const keys = new KeyIndex();
    keys.add('\uFEFFĐT-2');
    keys.add('ĐT-2');
    const packed = packKeys(['\uFEFFĐT-2', 'ĐT-2']);
    expect(packedKeyAt(packed, 0)).toBe('\uFEFFĐT-2');
    expect(keys.indexOfBytes(packed.bytes, 0, packed.ends[0] ?? 0)).toBe(0);
    expect(keys.indexOfBytes(packed.bytes, packed.ends[0] ?? 0, packed.ends[1] ?? 0)).toBe(1);
  });

  it('gives back a key longer than a call takes arguments (keyAt)', () => {
    const keys = new KeyIndex();
    const long = `${'Ư'.repeat(70_000)}😀${'x'.repeat(4_095)}😀`;
    keys.add('a');
    keys.add(long);
    expect(keys.keyAt(1)).toBe(long);
    expect(keys.keyAt(2)).toBeUndefined();
  });
});

describe('createKeyPacker()', () => {
  it('gives each key back from its bytes, Vietnamese, emoji and empty keys included', () => {
    const keys = ['DT-1', '', 'Xã Tây Lương 7', '👩‍🌾-3', 'a'.repeat(5000)];
    const packer = createKeyPacker();
    for (const key of keys) packer.add(key);
    expect(packer.size).toBe(keys.length);
    const packed = packer.done();
    expect(keys.map((_, k) => packedKeyAt(packed, k))).toEqual(keys);
    expect(packed.bytes.length).toBe(new TextEncoder().encode(keys.join('')).length);
  });

  it('refuses a key with a lone surrogate, which UTF-8 cannot carry, naming it', () => {
    expect(() => packKeys(['Mã\uD800'])).toThrow(InvalidArgumentError);
    expect(() => packKeys(['\uDC00-1'])).toThrow(/createKeyPacker\(\)\.add/);
    expect(packedKeyAt(packKeys(['Mã\uD83D\uDE00']), 0)).toBe('Mã😀');
  });

  it('refuses bytes of a key that fall outside the bytes given, naming the call, and packs nothing of them', () => {
    const source = new TextEncoder().encode('DT-1,DT-2');
    const packer = createKeyPacker();
    packer.addBytes(source, 5, 9);
    for (const [start, end] of [
      [5, 10],
      [-1, 4],
      [4, 3],
      [0.5, 4],
      [0, Number.NaN],
    ] as const) {
      expect(() => packer.addBytes(source, start, end)).toThrow(/createKeyPacker\(\)\.addBytes/);
      expect(() => new KeyIndex().addBytes(source, start, end)).toThrow(InvalidArgumentError);
    }
    packer.addBytes(source, 9, 9);
    expect(unpackKeys(packer.done())).toEqual(['DT-2', '']);
  });
});

describe('unpackKeys(packed)', () => {
  it('gives every key back in order, whatever the keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }))), (keys) => {
        expect(unpackKeys(packKeys(keys))).toEqual(keys);
      }),
    );
  });

  it('gives back ASCII keys more than one piece of text holds (16 MiB), and a key longer than a piece', () => {
    const keys = Array.from({ length: 1_500_000 }, (_, i) => `SYN-${String(i).padStart(8, '0')}`);
    keys.push('x'.repeat(17 << 20), 'DT-last');
    const back = unpackKeys(packKeys(keys));
    expect(back.length).toBe(keys.length);
    for (const k of [0, 1_398_100, 1_398_101, 1_499_999, 1_500_000, 1_500_001]) expect(back[k]).toBe(keys[k]);
    expect(back).toEqual(keys);
  });
});

describe('packedKeysAt(packed, which)', () => {
  it('gives the keys asked for in the order asked, as packedKeyAt gives each, whatever the keys and indexes', () => {
    const keyLists = fc.array(
      fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[A-Z0-9-]{0,12}$/u)),
      {
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(
        keyLists.chain((keys) => fc.tuple(fc.constant(keys), fc.array(fc.nat(keys.length - 1)))),
        ([keys, which]) => {
          const packed = packKeys(keys);
          expect(packedKeysAt(packed, which)).toEqual(which.map((k) => packedKeyAt(packed, k)));
          expect(packedKeysAt(packed, Uint32Array.from(which))).toEqual(which.map((k) => keys[k]));
        },
      ),
    );
  });

  it('gathers ASCII keys over more than one decoding (4 MiB), a key longer than one included', () => {
    const keys = Array.from({ length: 400_000 }, (_, i) => `SYN-${String(i).padStart(8, '0')}`);
    keys.push('x'.repeat(5 << 20), 'Mã-cuối');
    const packed = packKeys(keys);
    const which = Array.from({ length: keys.length }, (_, k) => keys.length - 1 - k);
    which.push(0, 400_000, 399_999);
    expect(packedKeysAt(packed, which)).toEqual(which.map((k) => keys[k]));
  });

  it("refuses an index that is not one of a key, and ends that are no keys' ends, naming itself", () => {
    const packed = packKeys(['DT-1', 'DT-2']);
    for (const bad of [2, -1, 0.5, Number.NaN])
      expect(() => packedKeysAt(packed, [0, bad])).toThrow(/packedKeysAt/u);
    expect(() => packedKeysAt(packed, [5])).toThrow(InvalidArgumentError);
    expect(packedKeysAt(packed, [])).toEqual([]);
    // Ends that fall or run past the bytes are no keys' ends, as unpackKeys says too.
    const bytes = new TextEncoder().encode('AAAABBCC');
    expect(() => packedKeysAt({ bytes, ends: new Uint32Array([4, 2, 8]) }, [0, 1, 2])).toThrow(
      /packedKeysAt/u,
    );
    expect(() => packedKeysAt({ bytes, ends: new Uint32Array([4, 9]) }, [1])).toThrow(InvalidArgumentError);
    expect(packedKeysAt({ bytes, ends: new Uint32Array([4, 2, 8]) }, [0])).toEqual(['AAAA']);
  });
});

describe('KeyIndex.reserve(expected) and new KeyNumbers(expected)', () => {
  it('make room without changing what is held: numbers, keys and answers as without the hint', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `ĐT-${(i * 7_919) % 4_000}`);
    const plain = new KeyIndex();
    const hinted = new KeyIndex();
    for (const key of keys.slice(0, 100)) expect(hinted.add(key)).toBe(plain.add(key));
    hinted.reserve(4_000);
    for (const key of keys.slice(100)) expect(hinted.add(key)).toBe(plain.add(key));
    expect(hinted.size).toBe(plain.size);
    for (let i = 0; i < plain.size; i += 1) expect(hinted.keyAt(i)).toBe(plain.keyAt(i));
    expect(hinted.indexOf('ĐT-3999')).toBe(plain.indexOf('ĐT-3999'));
    expect(hinted.indexOf('ĐT-4000')).toBe(-1);
    const numbers = new KeyNumbers(3);
    const sized = new KeyNumbers(50_000);
    for (const [line, key] of keys.entries()) expect(sized.setNew(key, line)).toBe(numbers.setNew(key, line));
    sized.reserve(100_000);
    expect(sized.get('ĐT-17')).toBe(numbers.get('ĐT-17'));
  });

  it('take a hint that is not a positive number as none', () => {
    for (const hint of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY]) {
      const index = new KeyIndex(hint);
      index.reserve(hint);
      expect(index.add('a')).toBe(0);
      const numbers = new KeyNumbers(hint);
      numbers.reserve(hint);
      expect(numbers.set('a', 7).get('a')).toBe(7);
      for (let i = 0; i < 3_000; i += 1) numbers.set(`k${i}`, i);
      expect(numbers.get('k2999')).toBe(2_999);
    }
  });
});

describe('unpackKeys(packed), given ends that do not fit', () => {
  it('refuses ends that fall or run past the bytes, by name', () => {
    const bytes = new TextEncoder().encode('abcdef');
    expect(() => unpackKeys({ bytes, ends: new Uint32Array([4, 2, 6]) })).toThrow(/unpackKeys/u);
    expect(() => unpackKeys({ bytes, ends: new Uint32Array([4, 9]) })).toThrow(InvalidArgumentError);
  });
});

describe('KeyNumbers', () => {
  it('holds what a Map<string, number> holds, whatever keys and numbers are set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }))),
        fc.array(fc.string({ maxLength: 6 })),
        (sets, probes) => {
          const map = new Map<string, number>();
          const numbers = new KeyNumbers();
          for (const [key, value] of sets) {
            map.set(key, value);
            numbers.set(key, value);
          }
          expect(numbers.size).toBe(map.size);
          for (const key of [...probes, ...map.keys()]) {
            expect(numbers.get(key)).toBe(map.get(key));
            expect(numbers.has(key)).toBe(map.has(key));
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
