import type { PaymentRow, RegisterRow } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOnceNotes, findRepeats, type OnceHash, sortedByHash } from '../src/validate/once-notes.js';
import {
  composeChecks,
  noRowChecks,
  type OnceRule,
  paymentOnce,
  registerOnce,
} from '../src/validate/row-checks.js';
import { createRowMemory } from '../src/validate/row-validator.js';
import type { RowIssue } from '../src/validate/table-issues.js';

/** The issues of the look-back rules on one pass, line by line (`composeChecks`, a table searched a row at a time). */
function onePass<T>(once: readonly OnceRule<T>[], rows: readonly T[]): Map<number, readonly RowIssue[]> {
  const check = composeChecks(noRowChecks, once);
  const memory = createRowMemory();
  const found = new Map<number, readonly RowIssue[]>();
  rows.forEach((row, i) => {
    const issues = check(row, i + 1, memory);
    if (issues.length > 0) found.set(i + 1, issues);
  });
  return found;
}

/** The same rows noted in parts cut at `cuts`, and the issues `findRepeats` gives them, by line. */
function inParts<T>(
  once: readonly OnceRule<T>[],
  rows: readonly T[],
  cuts: readonly number[],
  hash?: OnceHash,
): Map<number, readonly RowIssue[]> {
  const bounds = [
    0,
    ...[...new Set(cuts)].filter((c) => c > 0 && c < rows.length).sort((a, b) => a - b),
    rows.length,
  ];
  const parts = bounds.slice(1).map((end, p) => {
    const notes = createOnceNotes(once, { hash });
    for (let i = bounds[p] as number; i < end; i += 1) {
      notes.note(rows[i] as T, i + 1);
      notes.accepted(i);
    }
    return notes.done();
  });
  const found = new Map<number, readonly RowIssue[]>();
  findRepeats(once, parts).forEach((repeats, p) => {
    for (const [row, issues] of repeats) found.set((parts[p]?.lines[row] as number) ?? -1, issues);
  });
  return found;
}

const person = (id: string, nationalId: string | undefined) => ({ id, nationalId }) as unknown as RegisterRow;
const payment = (beneficiaryId: string, period: string) =>
  ({ beneficiaryId, period }) as unknown as PaymentRow;

describe('findRepeats: the look-back rules over parts of a file, by sorted hashes', () => {
  it('names a key and a CCCD that came before, on the later lines, with the first line, as one pass does', () => {
    const rows = [
      person('DT-1', '001080000001'),
      person('DT-2', '001080000002'),
      person('DT-1', '001080000003'),
      person('DT-3', '001080000002'),
      person('DT-1', '001080000001'),
      person('DT-4', undefined),
    ];
    const found = inParts(registerOnce, rows, [2, 4]);
    expect(found).toEqual(onePass(registerOnce, rows));
    expect(found.get(5)?.map((i) => [i.code, i.params])).toEqual([
      ['duplicate_national_id', { earlier: 1 }],
      ['duplicate_beneficiary', { id: 'DT-1', earlier: 1 }],
    ]);
    expect(found.has(6)).toBe(false);
  });

  it('keeps scopes apart: a payment repeated in another month is no repeat', () => {
    const rows = [payment('DT-1', '2025-01'), payment('DT-1', '2025-02'), payment('DT-1', '2025-01')];
    const found = inParts(paymentOnce, rows, [1]);
    expect(found).toEqual(onePass(paymentOnce, rows));
    expect([...found.keys()]).toEqual([3]);
    expect(found.get(3)?.[0]?.params).toEqual({ id: 'DT-1', period: '2025-01', earlier: 1 });
  });

  it('compares keys of one hash as text: every key hashed alike still gives one pass answer', () => {
    const rows = ['A', 'B', 'A', 'C', 'B', 'B', 'D'].map((k, i) =>
      payment(k, i % 2 === 0 ? '2025-01' : '2025-1'),
    );
    expect(inParts(paymentOnce, rows, [3, 5], () => 7)).toEqual(onePass(paymentOnce, rows));
  });

  it('gives back keys beyond the basic plane, long keys and a scope that looks like a key, as written', () => {
    const long = 'Ư'.repeat(5_000);
    const rows = [
      payment('𝔸-1', '2025-01'),
      payment(long, 'x'),
      payment('𝔸-1', '2025-01'),
      payment(long, 'x'),
    ];
    const found = inParts(paymentOnce, rows, [2]);
    expect(found.get(3)?.[0]?.params).toEqual({ id: '𝔸-1', period: '2025-01', earlier: 1 });
    expect(found.get(4)?.[0]?.params).toEqual({ id: long, period: 'x', earlier: 2 });
    // '1:ab' in scope 'x' against 'ab' in scope 'x1:': the same characters, another split.
    const split = [payment('1:ab', 'x'), payment('ab', 'x1:'), payment('x1:ab', ''), payment('', 'x1:ab')];
    expect(inParts(paymentOnce, split, [], () => 0)).toEqual(new Map());
  });

  it('agrees with one pass on any rows, any cuts, with the real hash and with every key hashed alike', () => {
    const key = fc.constantFrom('A', 'B', 'C', 'Ă', '', 'A ', '𝔸');
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: key, nationalId: fc.option(key, { nil: undefined }) }), { maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 5 }),
        fc.boolean(),
        (cells, cuts, alike) => {
          const rows = cells.map((c) => person(c.id, c.nationalId));
          expect(inParts(registerOnce, rows, cuts, alike ? () => 1 : undefined)).toEqual(
            onePass(registerOnce, rows),
          );
        },
      ),
    );
  });

  it('gives the parts from a given one on what it gives them with all parts', () => {
    const key = fc.constantFrom('A', 'B', 'C', '');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ id: key, nationalId: key }), { maxLength: 8 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(4),
        (cells, from) => {
          let line = 0;
          const parts = cells.map((rows) => {
            const notes = createOnceNotes(registerOnce);
            for (const c of rows) {
              line += 1;
              notes.note(person(c.id, c.nationalId), line);
            }
            return notes.done();
          });
          const start = Math.min(from, parts.length);
          expect(findRepeats(registerOnce, parts, start)).toEqual(
            findRepeats(registerOnce, parts).slice(start),
          );
        },
      ),
    );
  });

  it('notes where each row went: its index among the accepted, or -1', () => {
    const notes = createOnceNotes(registerOnce);
    notes.note(person('DT-1', undefined), 3);
    notes.accepted(0);
    notes.note(person('DT-2', undefined), 4);
    notes.note(person('DT-3', undefined), 7);
    notes.accepted(1);
    const done = notes.done();
    expect([...done.lines]).toEqual([3, 4, 7]);
    expect([...done.acceptedAs]).toEqual([0, -1, 1]);
    expect(findRepeats(registerOnce, [])).toEqual([]);
  });
});

describe('createOnceNotes: the notes given whole, whatever the size hint', () => {
  it('gives the same notes with a hint near the rows (views of its arrays) and far from them (copies)', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      person(`DT-${i % 2_900}`, String(100_000_000_000 + (i % 2_950))),
    );
    const noted = (expected: number) => {
      const notes = createOnceNotes(registerOnce, { expected });
      rows.forEach((row, i) => {
        notes.note(row, i + 2);
        if (i % 7 !== 0) notes.accepted(i);
      });
      return notes.done();
    };
    const near = noted(3_100);
    const far = noted(100_000);
    expect(near.lines.length).toBe(3_000);
    expect(near.rules[0]?.ends.length).toBe(3_000);
    expect(near).toEqual(far);
    // The repeats found in them are those of one pass.
    expect(findRepeats(registerOnce, [near])).toEqual(findRepeats(registerOnce, [far]));
    expect(findRepeats(registerOnce, [near])[0]?.size).toBe(100);
  });
});

describe('createOnceNotes: keys a byte a code unit until one needs two', () => {
  it('finds repeats across the key that widens the part, before and after it, as one pass does', () => {
    const ids = ['DT-1', 'DT-2', 'ĐT-3', 'DT-1', 'ĐT-3', 'Đ', 'DT-2', 'Đ', 'ÿ-4', 'ÿ-4'];
    const rows = ids.map((id, i) => person(id, i % 3 === 0 ? '001080000001' : undefined));
    const notes = createOnceNotes(registerOnce);
    rows.forEach((row, i) => {
      notes.note(row, i + 1);
      notes.accepted(i);
    });
    const done = notes.done();
    expect(done.rules[1]?.codes).toBeInstanceOf(Uint16Array);
    expect(inParts(registerOnce, rows, [])).toEqual(onePass(registerOnce, rows));
    expect(inParts(registerOnce, rows, [3, 6])).toEqual(onePass(registerOnce, rows));
    expect([...onePass(registerOnce, rows).keys()]).toEqual([4, 5, 7, 8, 10]);
  });
});

describe('sortedByHash: keys by hash, then in the order they came', () => {
  /** The entries as `sort` puts them: number in the low half, hash in the high. */
  const bySort = (hashes: Uint32Array, size: number) => {
    const sorted = new BigUint64Array(size);
    for (let k = 0; k < size; k += 1) sorted[k] = (BigInt(hashes[k] as number) << 32n) | BigInt(k);
    return sorted.sort();
  };
  it('gives what sort gives, below and past the size where the radix sort starts, hashes alike or not', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed;
    };
    for (const size of [0, 1, 1_000, 65_535, 65_536, 150_001])
      for (const spread of [1, 3, 1 << 16, 2 ** 32]) {
        // Hashes from a few (many keys of one hash) to any; more room than keys, as the notes keep it.
        const hashes = new Uint32Array(size + 5).map(
          () => (spread === 2 ** 32 ? next() : next() % spread) >>> 0,
        );
        expect(sortedByHash(hashes, size)).toEqual(bySort(hashes, size));
      }
  });
});
