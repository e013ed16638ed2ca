import type { OnceRule } from './row-checks.js';
import type { RowIssue } from './table-issues.js';

/**
 * What one part of a file (a slice read by one thread) gave a look-back rule: each key with its scope,
 * and their hashes sorted, so that the parts of a file are searched for repeats together at the end
 * (`findRepeats`) instead of in a table as each row comes.
 */
export interface OnceKeys {
  /**
   * One entry a key, ascending: its hash in the high 32 bits, its number (the order it came in) in the low
   * 32, so keys of one hash come together and in file order.
   */
  readonly sorted: BigUint64Array;
  /**
   * Each key's text, its scope's code units then its own, one key after another: a byte each while every
   * code unit of the part's keys is below 256 (codes, CCCDs and months are), two bytes each from the first
   * that is not.
   */
  readonly codes: Uint8Array | Uint16Array;
  /** Where key `k`'s code units end (it starts where key `k - 1`'s end). */
  readonly ends: Uint32Array;
  /** How many of key `k`'s code units are its scope's (none when the rule has no scope). */
  readonly scopeLengths: Uint32Array | undefined;
  /** The row each key came from: its index among the part's rows that reached the rules. */
  readonly rows: Int32Array;
}

/** The rows of one part of a file that reached the rules, and their keys under each look-back rule. */
export interface OnceNotes {
  /** Each row's line, in file order. */
  readonly lines: Int32Array;
  /** Each row's index among the part's accepted rows, or -1 when the rules on its own fields refused it. */
  readonly acceptedAs: Int32Array;
  /** One a look-back rule, in the rules' order. */
  readonly rules: readonly OnceKeys[];
}

/** A 32-bit hash of a key in its scope (FNV-1a over the code units of both, the scope's length between). */
export type OnceHash = (scope: string, key: string) => number;

/** FNV-1a over the scope's code units, its length, then the key's. */
export const onceHash: OnceHash = (scope, key) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < scope.length; i += 1) hash = Math.imul(hash ^ scope.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (scope.length & 0xffff), 0x01000193);
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/** Whether the low 32 bits of a 64-bit cell come first in memory (they do on every platform Node runs on). */
const lowFirst = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Where the halves of entry `i` of sorted entries are, as 32-bit cells: its hash at `2i + high`, its number at `2i + low`. */
const [low, high] = lowFirst ? [0, 1] : [1, 0];

function grown<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * An array's first `size` cells: a view of it when they are more than half of it (the notes are read
 * and dropped with the file; copying a national register's keys took about 2% of its reading), else a
 * copy, so that a hint far too large does not hold its memory.
 */
function fitted<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, size: number): T {
  return (size * 2 > array.length ? array.subarray(0, size) : array.slice(0, size)) as T;
}

/** Code units kept a byte each, two bytes each from now on. */
function widened(codes: Uint8Array): Uint16Array {
  const wide = new Uint16Array(codes.length);
  wide.set(codes);
  return wide;
}

/** Below this many keys, `sort` is as quick as the radix sort (whose counts alone are 65 536 cells). */
const radixFrom = 1 << 16;

/**
 * The entries of keys `0` to `size - 1` sorted by hash then number (`OnceKeys.sorted`): the numbers in the
 * low halves, the hashes in the high. From `radixFrom` keys on, two passes of a radix sort on the hash, 16
 * bits each, both stable, so that keys of one hash stay in the order they came, as `sort` puts them. A
 * national register's half (2,3 million keys) took about 0,1 s so here, against 0,17 s by `sort`. O(keys).
 */
export function sortedByHash(hashes: Uint32Array, size: number): BigUint64Array {
  const sorted = new BigUint64Array(size);
  const halves = new Uint32Array(sorted.buffer);
  if (size < radixFrom) {
    for (let k = 0; k < size; k += 1) {
      halves[2 * k + low] = k;
      halves[2 * k + high] = hashes[k] as number;
    }
    sorted.sort();
    return sorted;
  }
  // By the low 16 bits of the hash, into `order`; then by the high 16, into place.
  const counts = new Uint32Array(0x10001);
  for (let k = 0; k < size; k += 1) {
    const d = ((hashes[k] as number) & 0xffff) + 1;
    counts[d] = (counts[d] as number) + 1;
  }
  for (let d = 1; d <= 0x10000; d += 1) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
  const order = new Uint32Array(size);
  for (let k = 0; k < size; k += 1) {
    const digit = (hashes[k] as number) & 0xffff;
    order[counts[digit] as number] = k;
    counts[digit] = (counts[digit] as number) + 1;
  }
  counts.fill(0);
  for (let k = 0; k < size; k += 1) {
    const d = ((hashes[k] as number) >>> 16) + 1;
    counts[d] = (counts[d] as number) + 1;
  }
  for (let d = 1; d <= 0x10000; d += 1) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
  for (let j = 0; j < size; j += 1) {
    const k = order[j] as number;
    const hash = hashes[k] as number;
    const digit = hash >>> 16;
    const at = counts[digit] as number;
    counts[digit] = at + 1;
    halves[2 * at + low] = k;
    halves[2 * at + high] = hash;
  }
  return sorted;
}

/** One rule's keys as they come. */
function createRuleKeys(scoped: boolean, room: number) {
  // A byte a code unit until one needs two: the keys' bytes are most of the notes' memory, each page of it
  // written for the first time.
  let codes: Uint8Array | Uint16Array = new Uint8Array(room * 16);
  let ends = new Uint32Array(room);
  let hashes = new Uint32Array(room);
  let rows = new Int32Array(room);
  let scopeLengths = scoped ? new Uint32Array(room) : undefined;
  let size = 0;
  let used = 0;
  // Whether `codes` holds a byte a code unit still.
  let narrow = true;
  /** Copies a text's code units to `codes` at `at`, widening them at the first above 255; where it ends. */
  const copyCodes = (text: string, at: number): number => {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code > 0xff && narrow) {
        codes = widened(codes as Uint8Array);
        narrow = false;
      }
      codes[at + i] = code;
    }
    return at + text.length;
  };
  return {
    add(row: number, scope: string, key: string, hash: number) {
      if (size === ends.length) {
        ends = grown(ends, size + 1);
        hashes = grown(hashes, size + 1);
        rows = grown(rows, size + 1);
        if (scopeLengths !== undefined) scopeLengths = grown(scopeLengths, size + 1);
      }
      const length = scope.length + key.length;
      if (used + length > codes.length) codes = grown(codes, used + length);
      used = copyCodes(scope, used);
      used = copyCodes(key, used);
      ends[size] = used;
      hashes[size] = hash;
      rows[size] = row;
      if (scopeLengths !== undefined) scopeLengths[size] = scope.length;
      size += 1;
    },
    done(): OnceKeys {
      return {
        sorted: sortedByHash(hashes, size),
        codes: fitted(codes, used),
        ends: fitted(ends, size),
        scopeLengths: scopeLengths === undefined ? undefined : fitted(scopeLengths, size),
        rows: fitted(rows, size),
      };
    },
  };
}

/**
 * Notes the rows of one part of a file as the rules on their own fields judge them, for the look-back
 * rules to be applied to every part together at the end (`findRepeats`): `note` each row that reached
 * the rules (its line and its keys), then `accepted` with its index among the part's accepted rows when
 * it is accepted. `done` gives the notes, sorted, in typed arrays a worker thread moves without copying.
 * O(rows × rules) to note, O(keys log keys) to finish.
 */
export function createOnceNotes<T>(
  once: readonly OnceRule<T>[],
  options: {
    /** The rows expected (a size hint: the notes are made that large at once, and grow beyond). */
    readonly expected?: number | undefined;
    /** The keys' hash (default `onceHash`). */
    readonly hash?: OnceHash | undefined;
  } = {},
): { note(row: T, line: number): void; accepted(index: number): void; done(): OnceNotes } {
  const hash = options.hash ?? onceHash;
  const expected = options.expected ?? 0;
  // At most 2^22 rows made room for at once, so that a wrong hint does not take much memory.
  const room = Number.isFinite(expected) && expected > 1024 ? Math.min(Math.ceil(expected), 1 << 22) : 1024;
  const keys = once.map((rule) => createRuleKeys(rule.scope !== undefined, room));
  let lines = new Int32Array(room);
  let acceptedAs = new Int32Array(room);
  let count = 0;
  return {
    note(row, line) {
      if (count === lines.length) {
        lines = grown(lines, count + 1);
        acceptedAs = grown(acceptedAs, count + 1);
      }
      lines[count] = line;
      acceptedAs[count] = -1;
      for (let r = 0; r < once.length; r += 1) {
        const rule = once[r] as OnceRule<T>;
        const key = rule.key(row);
        if (key === undefined) continue;
        const scope = rule.scope?.(row) ?? '';
        keys[r]?.add(count, scope, key, hash(scope, key));
      }
      count += 1;
    },
    accepted(index) {
      if (count > 0) acceptedAs[count - 1] = index;
    },
    done() {
      return {
        lines: fitted(lines, count),
        acceptedAs: fitted(acceptedAs, count),
        rules: keys.map((k) => k.done()),
      };
    },
  };
}

/** The buffers of notes, for a worker thread to move them. */
export function onceNotesBuffers(notes: OnceNotes): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [notes.lines.buffer, notes.acceptedAs.buffer];
  for (const rule of notes.rules) {
    buffers.push(rule.sorted.buffer, rule.codes.buffer, rule.ends.buffer, rule.rows.buffer);
    if (rule.scopeLengths !== undefined) buffers.push(rule.scopeLengths.buffer);
  }
  return buffers as ArrayBuffer[];
}

/** The text of code units, in pieces (a long key's code units are more arguments than a call may take). */
function textOf(codes: Uint8Array | Uint16Array, from: number, to: number): string {
  let text = '';
  for (let at = from; at < to; at += 4_096)
    text += String.fromCharCode(...codes.subarray(at, Math.min(to, at + 4_096)));
  return text;
}

const halvesOf = (keys: OnceKeys) =>
  new Uint32Array(keys.sorted.buffer, keys.sorted.byteOffset, keys.sorted.length * 2);

/** The first entry of a part whose hash is not below `hash` (a binary search of the sorted entries). */
function firstAtOrAbove(halves: Uint32Array, size: number, hash: number): number {
  let [from, to] = [0, size];
  while (from < to) {
    const mid = (from + to) >>> 1;
    if ((halves[2 * mid + high] as number) < hash) from = mid + 1;
    else to = mid;
  }
  return from;
}

/**
 * The hashes that may name a repeat in part `p`: those it holds twice, and those an earlier part holds
 * too (the sorted entries of the two walked side by side). Ascending, each once.
 */
function repeatedHashes(halves: readonly Uint32Array[], sizes: readonly number[], p: number): number[] {
  const found = new Set<number>();
  const own = halves[p] as Uint32Array;
  const size = sizes[p] as number;
  for (let i = 1; i < size; i += 1) {
    const h = own[2 * i + high] as number;
    if (h === own[2 * i - 2 + high]) found.add(h);
  }
  for (let q = 0; q < p; q += 1) {
    const other = halves[q] as Uint32Array;
    const otherSize = sizes[q] as number;
    let [i, j] = [0, 0];
    while (i < size && j < otherSize) {
      const a = own[2 * i + high] as number;
      const b = other[2 * j + high] as number;
      if (a < b) i += 1;
      else if (a > b) j += 1;
      else {
        found.add(a);
        i += 1;
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The look-back rules applied to the parts of a file together, in file order (`parts` in the file's
 * order): for each row of the parts from `from` on whose key (in its scope) came before, on its own part
 * or an earlier one, the issues of `OnceRule.issue` with the line the key came on first, in the rules'
 * order; as `composeChecks` gives them on one pass, without a table searched row by row. A part's hashes
 * are walked beside its own and each earlier part's (all sorted), and only keys of a hash met twice are
 * compared as text. One map a part from `from` on, from the index of a row among the part's noted rows
 * to its issues (a part's issues depend on it and the parts before it only). O(keys × parts).
 */
export function findRepeats<T>(
  once: readonly OnceRule<T>[],
  parts: readonly OnceNotes[],
  from = 0,
): Map<number, RowIssue[]>[] {
  const found = parts.slice(from).map(() => new Map<number, RowIssue[]>());
  for (let r = 0; r < once.length; r += 1) {
    const rule = once[r] as OnceRule<T>;
    const keys = parts.map((part) => part.rules[r] as OnceKeys);
    const halves = keys.map(halvesOf);
    const sizes = keys.map((k) => k.sorted.length);
    for (let p = from; p < parts.length; p += 1) {
      const issuesHere = found[p - from] as Map<number, RowIssue[]>;
      for (const hash of repeatedHashes(halves, sizes, p)) {
        // Every key of this hash up to part `p`, in file order: the first line of each text, and the
        // issues of part `p`'s keys whose text came before.
        const first = new Map<string, number>();
        for (let q = 0; q <= p; q += 1) {
          const part = keys[q] as OnceKeys;
          const own = halves[q] as Uint32Array;
          for (let i = firstAtOrAbove(own, sizes[q] as number, hash); i < (sizes[q] as number); i += 1) {
            if (own[2 * i + high] !== hash) break;
            const k = own[2 * i + low] as number;
            const start = k === 0 ? 0 : (part.ends[k - 1] as number);
            const split = start + (part.scopeLengths?.[k] ?? 0);
            const scope = textOf(part.codes, start, split);
            const key = textOf(part.codes, split, part.ends[k] as number);
            const row = part.rows[k] as number;
            const line = (parts[q] as OnceNotes).lines[row] as number;
            const text = `${scope.length}:${scope}${key}`;
            const earlier = first.get(text);
            if (earlier === undefined) first.set(text, line);
            else if (q === p) {
              const issue = rule.issue(key, scope, line, earlier);
              const issues = issuesHere.get(row);
              if (issues === undefined) issuesHere.set(row, [issue]);
              else issues.push(issue);
            }
          }
        }
      }
    }
  }
  return found;
}
