/**
 * Numbers distinct strings 0, 1, 2, … in the order they are added, and finds a string's number: the index
 * of a register's beneficiary keys, and the memory of the rules that look back over a file (a key seen on
 * line 12). Open addressing over an `Int32Array` with a 32-bit FNV-1a hash of the UTF-16 code units,
 * half full at most: a million register keys added then found in 0,71 of a `Map`'s time
 * (`npm run keys --prefix packages/bench` measures both in one run). O(1) expected per call.
 *
 * @example new KeyIndex().add('DT-1'); // => 0
 */
export class KeyIndex {
  #slots: Int32Array;
  #mask: number;
  readonly #keys: string[] = [];
  /** Each key's hash, so that a probe compares numbers before text and growing hashes nothing again. */
  #hashes: Int32Array;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
    this.#hashes = new Int32Array(capacity >> 1);
  }

  /** Keys added. */
  get size(): number {
    return this.#keys.length;
  }

  /** The key numbered `index`. */
  keyAt(index: number): string | undefined {
    return this.#keys[index];
  }

  /** The key's number, or -1 when it was never added. */
  indexOf(key: string): number {
    const slot = this.#slot(key, hashOf(key));
    return slot < 0 ? (this.#slots[-1 - slot] ?? -1) : -1;
  }

  /** The key's number, adding it (numbered `size`) when it is new. */
  add(key: string): number {
    const hash = hashOf(key);
    const slot = this.#slot(key, hash);
    if (slot < 0) return this.#slots[-1 - slot] ?? -1;
    const index = this.#keys.length;
    this.#keys.push(key);
    this.#hashes[index] = hash;
    this.#slots[slot] = index;
    if (this.#keys.length * 2 > this.#mask) this.#grow();
    return index;
  }

  /** `-1 - slot` of the key when present, else the empty slot where it would go. */
  #slot(key: string, hash: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = this.#mask;
    let slot = hash & mask;
    for (;;) {
      const index = slots[slot] ?? -1;
      if (index === -1) return slot;
      if (hashes[index] === hash && this.#keys[index] === key) return -1 - slot;
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const capacity = (this.#mask + 1) * 2;
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    const hashes = new Int32Array(capacity >> 1);
    hashes.set(this.#hashes);
    for (let index = 0; index < this.#keys.length; index += 1) {
      let slot = (hashes[index] ?? 0) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = index;
    }
    this.#slots = slots;
    this.#hashes = hashes;
    this.#mask = mask;
  }
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
  readonly #keys = new KeyIndex(1024);
  #lines = new Int32Array(1024);

  /** The number the key was set with, or `undefined`. */
  get(key: string): number | undefined {
    const index = this.#keys.indexOf(key);
    return index < 0 ? undefined : this.#lines[index];
  }

  /** Sets the key's number. */
  set(key: string, line: number): this {
    this.#store(this.#keys.add(key), line);
    return this;
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
