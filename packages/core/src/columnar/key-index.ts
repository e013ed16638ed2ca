import { InvalidArgumentError } from '../errors.js';
import { checkByteRange } from './packed-keys.js';

/**
 * Decodes a key's bytes that are not all ASCII (a key's own leading U+FEFF kept, not taken for a mark);
 * bytes that are not UTF-8 throw: they are no key's bytes.
 */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/**
 * Numbers distinct strings 0, 1, 2, … in the order they are added, and finds a string's number: the index
 * of a register's beneficiary keys, and the memory of the rules that look back over a file (a key seen on
 * line 12). Open addressing over an `Int32Array` with a 32-bit FNV-1a hash of the UTF-16 code units,
 * half full at most. The keys are kept as their code units one after another in one typed array, not as
 * strings: a file's keys are no objects for the garbage collector to move and mark (a payment list's
 * look-back memory holds one a line), and a 12-letter key takes 28 bytes, not about 40. Two shortcuts for
 * lists in order, measured in docs/benchmarks.md: keys added in increasing order (or the last one again)
 * are placed in no slot, nor hashed, until a key comes out of order or one is looked up by hashing (a
 * sorted list's look-back memory then costs no random trip to memory a line), and `indexOfBytes` tries
 * the key after the last one it found first, and a few after that when the last was found so (a payment
 * list in its register's order finds each person so, people left out of it skipped). A million register
 * keys added then found: `npm run keys --prefix packages/bench` measures this against a `Map` in
 * one run. O(1) expected per call, averaged: the call that ends the first shortcut places every key so
 * far (as a growth of the slots does).
 *
 * @example new KeyIndex().add('DT-1'); // => 0
 */
export class KeyIndex {
  #slots: Int32Array;
  #mask: number;
  /** The keys' code units, one key after another. */
  #codes: Uint16Array;
  /** Where each key's code units end (key `i` starts where key `i - 1` ends). */
  #ends: Uint32Array;
  #size = 0;
  /**
   * Each placed key's hash, so that a probe compares numbers before text and growing hashes nothing again
   * (keys in order are hashed only once they are placed: `#inOrder`).
   */
  #hashes: Int32Array;
  /**
   * Whether each key so far came after the one before it (in code unit order), and none has been looked
   * up by hashing: the slots are then empty, as a key after the last one cannot have come before. A key
   * out of order, or the first lookup by hashing, places every key in the slots (as growing does), once.
   */
  #inOrder = true;
  /** The key after the last one `indexOfBytes` found: the one it tries first. */
  #next = 0;
  /** Whether `indexOfBytes` found the last key among those after the one before it (`lookAhead` tried then). */
  #inStep = false;

  constructor(expected = 16) {
    const capacity = capacityFor(hinted(expected));
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
    this.#hashes = new Int32Array(capacity >> 1);
    this.#ends = new Uint32Array(capacity >> 1);
    // Room for keys of eight letters (up to a million letters at first); more doubles it as keys come (a
    // copy, no rehashing).
    this.#codes = new Uint16Array(Math.max(64, Math.min(capacity * 4, 1 << 20)));
  }

  /** Keys added. */
  get size(): number {
    return this.#size;
  }

  /**
   * Room for `expected` keys in all, so that adding up to that many places no key again (each growth of
   * the slots reads every key again: at millions of keys, a trip to memory each): the slots are made
   * once, the keys already placed placed again once. A size hint: more keys can still be added, and a
   * hint above 2^23 - 1 keys is taken as that many. The keys' letters still grow as they come (a copy,
   * not a rehashing).
   */
  reserve(expected: number): void {
    const capacity = capacityFor(hinted(expected));
    if (capacity > this.#mask + 1) this.#grow(capacity);
  }

  /** The key numbered `index`. */
  keyAt(index: number): string | undefined {
    if (!(index >= 0 && index < this.#size)) return undefined;
    const end = this.#ends[index] as number;
    let at = index === 0 ? 0 : (this.#ends[index - 1] as number);
    // In pieces: a long key's code units are more arguments than a call may take.
    let key = '';
    for (; at < end; at += 4_096)
      key += String.fromCharCode(...this.#codes.subarray(at, Math.min(end, at + 4_096)));
    return key;
  }

  /** The key's number, or -1 when it was never added. */
  indexOf(key: string): number {
    if (this.#inOrder) this.#place();
    const slot = this.#slot(key, hashOf(key));
    return slot < 0 ? (this.#slots[-1 - slot] ?? -1) : -1;
  }

  /**
   * The number of the key whose UTF-8 bytes are `bytes[start, end)` (as `createKeyPacker` packs keys), or
   * -1 (bytes that are not UTF-8 included): found without making a string when the bytes are ASCII (the
   * hash of an ASCII key's bytes is the hash of its code units), else decoded and found as text.
   */
  indexOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const codes = this.#codes;
    const ends = this.#ends;
    const length = end - start;
    // The key after the last one found first: lists in the order of their register find each key so,
    // without hashing it or a trip to the slots. After a key found so, a few more after it: a list that
    // leaves people out (not paid this month) skips a key or two now and then.
    const next = this.#next;
    const tries = this.#inStep ? lookAhead : 1;
    for (let k = next; k < next + tries && k < this.#size; k += 1) {
      const to = ends[k] as number;
      const from = k === 0 ? 0 : (ends[k - 1] as number);
      if (to - from !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i += 1) {
        const byte = bytes[start + i] as number;
        same = byte < 0x80 && codes[from + i] === byte;
      }
      if (same) {
        this.#inStep = true;
        return this.#found(k);
      }
    }
    this.#inStep = false;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] as number;
      if (byte > 0x7f) return this.#found(this.#decodedIndexOf(bytes, start, end));
      hash = Math.imul(hash ^ byte, 0x01000193);
    }
    hash |= 0;
    if (this.#inOrder) this.#place();
    const slot = this.#slotBytes(bytes, start, end, hash);
    return slot < 0 ? this.#found(this.#slots[-1 - slot] ?? -1) : -1;
  }

  /** The number of the key whose bytes are not all ASCII, or -1 (for bytes that are not UTF-8 too). */
  #decodedIndexOf(bytes: Uint8Array, start: number, end: number): number {
    let key: string;
    try {
      key = utf8.decode(bytes.subarray(start, end));
    } catch {
      return -1;
    }
    return this.indexOf(key);
  }

  /** A key found by `indexOfBytes`: the one after it is tried first next time. */
  #found(index: number): number {
    if (index >= 0) this.#next = index + 1;
    return index;
  }

  /** The key's number, adding it (numbered `size`) when it is new. */
  add(key: string): number {
    let slot = -1;
    if (this.#inOrder) {
      const order = this.#order(key);
      // The last key again: its number, the slots still empty.
      if (order === 0) return this.#size - 1;
      if (order < 0) this.#place();
    }
    // Hashed only to be placed: keys in order are hashed when they are placed (`#place`).
    const hash = this.#inOrder ? 0 : hashOf(key);
    if (!this.#inOrder) {
      slot = this.#slot(key, hash);
      if (slot < 0) return this.#slots[-1 - slot] ?? -1;
    }
    const index = this.#size;
    const from = index === 0 ? 0 : (this.#ends[index - 1] as number);
    const codes = this.#codesFor(from + key.length);
    for (let i = 0; i < key.length; i += 1) codes[from + i] = key.charCodeAt(i);
    return this.#numbered(from + key.length, hash, slot);
  }

  /**
   * `add` for the key whose UTF-8 bytes are `bytes[start, end)` (as `createKeyPacker` packs keys): the
   * same number as `add` of its text, without making a string when the bytes are ASCII (a code unit a
   * byte, so the hash and the order are the text's); other bytes are decoded and added as text. Bytes
   * that are not UTF-8, and ends that fall outside the bytes, throw `InvalidArgumentError`.
   */
  addBytes(bytes: Uint8Array, start: number, end: number): number {
    checkByteRange('KeyIndex.addBytes', bytes, start, end);
    const length = end - start;
    if (this.#inOrder) {
      const added = this.#addInOrder(bytes, start, end);
      if (added !== -1) return added;
    }
    for (let i = start; i < end; i += 1)
      if ((bytes[i] as number) > 0x7f) return this.add(decodedKey(bytes, start, end));
    let slot = -1;
    // Hashed only to be placed: keys in order are hashed when they are placed (`#place`).
    const hash = this.#inOrder ? 0 : hashOfBytes(bytes, start, end);
    if (!this.#inOrder) {
      slot = this.#slotBytes(bytes, start, end, hash);
      if (slot < 0) return this.#slots[-1 - slot] ?? -1;
    }
    const index = this.#size;
    const from = index === 0 ? 0 : (this.#ends[index - 1] as number);
    const codes = this.#codesFor(from + length);
    // A byte at a time: a view of the bytes (`subarray`) costs more than copying a code's dozen letters.
    for (let i = 0; i < length; i += 1) codes[from + i] = bytes[start + i] as number;
    return this.#numbered(from + length, hash, slot);
  }

  /**
   * `addBytes` while keys are in order, in one pass over the bytes (each tested for ASCII, compared with
   * the last key's code unit, and copied after it): the key's number when it is the last key again or a
   * key after it (added, unhashed, in no slot); -1 when a byte is not ASCII, or the key comes before the
   * last one (every key is then placed, `#inOrder` false), for `addBytes` to add it another way.
   */
  #addInOrder(bytes: Uint8Array, start: number, end: number): number {
    const index = this.#size;
    const ends = this.#ends;
    const from = index === 0 ? 0 : (ends[index - 1] as number);
    const length = end - start;
    const to = from + length;
    const codes = this.#codesFor(to);
    // The last key's code units, and where this key comes against them: 1 after, -1 before, 0 alike so far.
    const last = index < 2 ? 0 : (ends[index - 2] as number);
    const lastLength = from - last;
    let order = index === 0 ? 1 : 0;
    for (let i = 0; i < length; i += 1) {
      const byte = bytes[start + i] as number;
      if (byte > 0x7f) return -1;
      if (order === 0) {
        if (i >= lastLength) order = 1;
        else if (byte !== codes[last + i]) order = byte > (codes[last + i] as number) ? 1 : -1;
      }
      // Past the keys' end: kept only once the key is added.
      codes[from + i] = byte;
    }
    if (order === 0) order = Math.sign(length - lastLength);
    if (order === 0) return index - 1;
    if (order < 0) {
      this.#place();
      return -1;
    }
    // Numbered as `#numbered` numbers a key, without a hash or a slot (the hottest path of a sorted list).
    ends[index] = to;
    this.#size = index + 1;
    if (this.#size * 2 > this.#mask) this.#grow();
    return index;
  }

  /** The keys' code units, with room for `to` of them (doubled as keys come: a copy, not a rehashing). */
  #codesFor(to: number): Uint16Array {
    if (to > this.#codes.length) {
      const bigger = new Uint16Array(Math.max(to, this.#codes.length * 2));
      bigger.set(this.#codes);
      this.#codes = bigger;
    }
    return this.#codes;
  }

  /**
   * Numbers the key whose code units were just written after the last key's, up to `to`: its end, its
   * hash (0 for a key in order, hashed when placed) and its slot (-1 for none) kept. Its number.
   */
  #numbered(to: number, hash: number, slot: number): number {
    const index = this.#size;
    this.#ends[index] = to;
    this.#hashes[index] = hash;
    if (slot >= 0) this.#slots[slot] = index;
    this.#size = index + 1;
    if (this.#size * 2 > this.#mask) this.#grow();
    return index;
  }

  /**
   * `#slot` of the key whose ASCII bytes are `bytes[start, end)`: the same probe, comparing bytes (one
   * comparison a letter in the hottest loop of a payment list, so not through a function a letter).
   */
  #slotBytes(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const ends = this.#ends;
    const codes = this.#codes;
    const mask = this.#mask;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot] ?? -1;
      if (index === -1) return slot;
      if (hashes[index] !== hash) continue;
      const to = ends[index] as number;
      const from = index === 0 ? 0 : (ends[index - 1] as number);
      if (to - from !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = codes[from + i] === bytes[start + i];
      if (same) return -1 - slot;
    }
  }

  /**
   * Where the key comes against the last one added, in code unit order: 1 after it (or the first key), 0
   * the same, -1 before.
   */
  #order(key: string): number {
    const index = this.#size - 1;
    if (index < 0) return 1;
    const codes = this.#codes;
    const to = this.#ends[index] as number;
    const from = index === 0 ? 0 : (this.#ends[index - 1] as number);
    const length = Math.min(key.length, to - from);
    for (let i = 0; i < length; i += 1) {
      const d = key.charCodeAt(i) - (codes[from + i] as number);
      if (d !== 0) return d > 0 ? 1 : -1;
    }
    return Math.sign(key.length - (to - from));
  }

  /**
   * Every key placed in the slots, which are kept from then on; the keys added in order, not hashed as
   * they came, hashed first (`hashOf` of their code units).
   */
  #place(): void {
    this.#inOrder = false;
    const codes = this.#codes;
    const ends = this.#ends;
    const hashes = this.#hashes;
    let from = 0;
    for (let k = 0; k < this.#size; k += 1) {
      const to = ends[k] as number;
      let hash = 0x811c9dc5;
      for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ (codes[i] as number), 0x01000193);
      hashes[k] = hash | 0;
      from = to;
    }
    placeKeys(this.#slots, hashes, this.#size);
  }

  /** `-1 - slot` of the key when present, else the empty slot where it would go. */
  #slot(key: string, hash: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const ends = this.#ends;
    const codes = this.#codes;
    const mask = this.#mask;
    const length = key.length;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot] ?? -1;
      if (index === -1) return slot;
      if (hashes[index] !== hash) continue;
      const to = ends[index] as number;
      const from = index === 0 ? 0 : (ends[index - 1] as number);
      if (to - from !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = codes[from + i] === key.charCodeAt(i);
      if (same) return -1 - slot;
    }
  }

  /** More slots (twice as many by default), every key placed again once (none while keys are in order). */
  #grow(capacity = (this.#mask + 1) * 2): void {
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    const hashes = new Int32Array(capacity >> 1);
    hashes.set(this.#hashes);
    const ends = new Uint32Array(capacity >> 1);
    ends.set(this.#ends);
    if (!this.#inOrder) placeKeys(slots, hashes, this.#size);
    this.#slots = slots;
    this.#hashes = hashes;
    this.#ends = ends;
    this.#mask = mask;
  }
}

/**
 * The keys after the last one found that `indexOfBytes` compares before hashing, while keys come in step
 * with the index: a payment list in its register's order skips a key once in 14 lines and two once in 175
 * in the benchmark's lists (people not paid that month); one is tried when the last key was not found so.
 */
const lookAhead = 4;

/**
 * The most keys a size hint makes room for at once (2^23 - 1, about 8,4 million: 128 MB of slots and
 * numbers, and 185 MB of a builder's people columns): a hint is a guess, and a wrong one must not take
 * gigabytes before a key comes. Beyond, tables grow as keys come.
 */
const maxReserved = (1 << 23) - 1;

/** Keys `0 … count - 1` placed by their hashes in empty slots (a power of two of them), probing on. */
function placeKeys(slots: Int32Array, hashes: Int32Array, count: number): void {
  const mask = slots.length - 1;
  for (let index = 0; index < count; index += 1) {
    let slot = (hashes[index] ?? 0) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = index;
  }
}

/** The slots for `keys` keys without growing: a power of two, more than twice the keys (at least 16). */
function capacityFor(keys: number): number {
  let capacity = 16;
  while (capacity - 1 < keys * 2) capacity *= 2;
  return capacity;
}

/**
 * A size hint as a number of keys (or people, `ColumnarBuilder.reserve`) to make room for: none (0) when
 * it is not a positive number, at most `maxReserved`.
 */
export const hinted = (expected: number): number =>
  Number.isFinite(expected) && expected > 0 ? Math.min(Math.ceil(expected), maxReserved) : 0;

/** The text of a key's UTF-8 bytes; bytes that are not UTF-8 throw `InvalidArgumentError`. */
function decodedKey(bytes: Uint8Array, start: number, end: number): string {
  try {
    return utf8.decode(bytes.subarray(start, end));
  } catch {
    throw new InvalidArgumentError(
      'KeyIndex.addBytes',
      `the bytes ${start}–${end} are not UTF-8`,
      `các byte ${start}–${end} không phải UTF-8`,
    );
  }
}

/** `hashOf` of the text of ASCII bytes `bytes[start, end)` (a code unit a byte). */
function hashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash | 0;
}

/** FNV-1a over the UTF-16 code units, 32 bits. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * A whole number for each key, as a `Map<string, number>` holds them (`get`, `set`, `has`, `size`), on a
 * `KeyIndex`: the line each key was first seen on, for the rules that look back over a file (a
 * beneficiary listed twice, a CCCD held by two people), or a key's row in the columns. Numbers are 32-bit
 * integers.
 *
 * @example new KeyNumbers().set('DT-1', 12).get('DT-1'); // => 12
 */
export class KeyNumbers {
  readonly #keys: KeyIndex;
  #lines: Int32Array;

  /** `expected`: a size hint, the keys it will hold (`KeyIndex.reserve`). */
  constructor(expected = 1024) {
    const room = Math.max(1024, hinted(expected));
    this.#keys = new KeyIndex(room);
    this.#lines = new Int32Array(room);
  }

  /** Room for `expected` keys in all (a size hint: `KeyIndex.reserve`). */
  reserve(expected: number): void {
    const keys = hinted(expected);
    this.#keys.reserve(keys);
    if (keys > this.#lines.length) {
      const bigger = new Int32Array(keys);
      bigger.set(this.#lines);
      this.#lines = bigger;
    }
  }

  /** The number the key was set with, or `undefined`. */
  get(key: string): number | undefined {
    const index = this.#keys.indexOf(key);
    return index < 0 ? undefined : this.#lines[index];
  }

  /** The number of the key whose UTF-8 bytes are `bytes[start, end)` (`KeyIndex.indexOfBytes`), or `undefined`. */
  getBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
    const index = this.#keys.indexOfBytes(bytes, start, end);
    return index < 0 ? undefined : this.#lines[index];
  }

  /** Sets the key's number. */
  set(key: string, line: number): this {
    this.#store(this.#keys.add(key), line);
    return this;
  }

  /** `setNew` for the key whose UTF-8 bytes are `bytes[start, end)` (`KeyIndex.addBytes`). */
  setNewBytes(bytes: Uint8Array, start: number, end: number, line: number): number | undefined {
    const before = this.#keys.size;
    const index = this.#keys.addBytes(bytes, start, end);
    if (index < before) return this.#lines[index];
    this.#store(index, line);
    return undefined;
  }

  /**
   * Sets the key's number unless it has one, and returns the number it had (`undefined` when it was new):
   * a look-back rule's question (seen before, and on which line?) with one search.
   */
  setNew(key: string, line: number): number | undefined {
    const before = this.#keys.size;
    const index = this.#keys.add(key);
    if (index < before) return this.#lines[index];
    this.#store(index, line);
    return undefined;
  }

  /** Puts the number of the key numbered `index`, growing the numbers as keys are added. */
  #store(index: number, line: number): void {
    if (index >= this.#lines.length) {
      const bigger = new Int32Array(this.#lines.length * 2);
      bigger.set(this.#lines);
      this.#lines = bigger;
    }
    this.#lines[index] = line;
  }

  /** Whether the key was set. */
  has(key: string): boolean {
    return this.#keys.indexOf(key) >= 0;
  }

  /** Keys set. */
  get size(): number {
    return this.#keys.size;
  }
}
