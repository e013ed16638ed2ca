import { InvalidArgumentError } from '../errors.js';
import { grow } from './grow-array.js';

/**
 * Keys (beneficiary codes) as their UTF-8 bytes one after another: key `k` is `bytes[ends[k - 1],
 * ends[k])` (from 0 for the first). Two typed arrays, so a worker thread hands a file's keys over without
 * a copy and the receiver makes no string of them (`KeyIndex.indexOfBytes` finds a key from its bytes).
 */
export interface PackedKeys {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
}

const encoder = new TextEncoder();
// A key's own leading U+FEFF is kept: the default decoder would take it for a byte-order mark.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Refuses (`InvalidArgumentError`, naming `where`) a key's bytes `source[start, end)` that are not whole
 * numbers with `0 ≤ start ≤ end ≤ source.length`: read past them, a key would be made of what is not there.
 */
export function checkByteRange(where: string, source: Uint8Array, start: number, end: number): void {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= source.length)
    return;
  throw new InvalidArgumentError(
    where,
    `the key's bytes ${start}–${end} do not lie within the ${source.length} bytes given`,
    `các byte ${start}–${end} của mã không nằm trong ${source.length} byte được đưa`,
  );
}

/** Whether text has no lone surrogate, so that its UTF-8 bytes give it back. */
function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i += 1;
  }
  return true;
}

/**
 * Packs keys one at a time (`add`); `done` gives them trimmed to size. A key with a lone surrogate (no
 * text a file decodes to has one) has no UTF-8 bytes and throws `InvalidArgumentError`. O(characters).
 *
 * @example createKeyPacker().size; // => 0
 */
export function createKeyPacker(): {
  add(key: string): void;
  /**
   * Adds the key whose UTF-8 bytes are `source[start, end)` as they are (a key read from a file's bytes:
   * no string made of it). The caller vouches that they are UTF-8; ends that are not whole numbers with
   * `0 ≤ start ≤ end ≤ source.length` throw `InvalidArgumentError`.
   */
  addBytes(source: Uint8Array, start: number, end: number): void;
  readonly size: number;
  done(): PackedKeys;
} {
  let bytes = new Uint8Array(1 << 12);
  let ends = new Uint32Array(1 << 8);
  let size = 0;
  let used = 0;
  return {
    add(key) {
      // A UTF-16 code unit takes at most three UTF-8 bytes.
      if (used + key.length * 3 > bytes.length) bytes = grow(bytes, used + key.length * 3);
      let at = used;
      let ascii = true;
      for (let i = 0; i < key.length; i += 1) {
        const code = key.charCodeAt(i);
        if (code > 0x7f) {
          ascii = false;
          break;
        }
        bytes[at] = code;
        at += 1;
      }
      if (!ascii) {
        if (!wellFormed(key)) {
          throw new InvalidArgumentError(
            'createKeyPacker().add',
            `the key ${JSON.stringify(key)} holds a lone surrogate, which UTF-8 cannot carry`,
            `mã ${JSON.stringify(key)} chứa một nửa cặp thay thế (surrogate) lẻ, UTF-8 không mang được`,
          );
        }
        at = used + encoder.encodeInto(key, bytes.subarray(used)).written;
      }
      if (size === ends.length) ends = grow(ends, size + 1);
      ends[size] = at;
      size += 1;
      used = at;
    },
    addBytes(source, start, end) {
      checkByteRange('createKeyPacker().addBytes', source, start, end);
      const length = end - start;
      if (used + length > bytes.length) bytes = grow(bytes, used + length);
      for (let i = 0; i < length; i += 1) bytes[used + i] = source[start + i] as number;
      if (size === ends.length) ends = grow(ends, size + 1);
      used += length;
      ends[size] = used;
      size += 1;
    },
    get size() {
      return size;
    },
    done() {
      return { bytes: bytes.slice(0, used), ends: ends.slice(0, size) };
    },
  };
}

/**
 * Keys packed in order (`createKeyPacker`). O(characters).
 *
 * @example packedKeyAt(packKeys(['DT-1', 'DT-2']), 1); // => 'DT-2'
 */
export function packKeys(keys: readonly string[]): PackedKeys {
  const packer = createKeyPacker();
  for (const key of keys) packer.add(key);
  return packer.done();
}

/** Where key `k`'s bytes start. */
export const packedKeyStart = (keys: PackedKeys, k: number): number =>
  k === 0 ? 0 : (keys.ends[k - 1] ?? 0);

/**
 * Key `k` as a string (decoded from its bytes).
 *
 * @example packedKeyAt(packKeys(['Mã-1']), 0); // => 'Mã-1'
 */
export function packedKeyAt(keys: PackedKeys, k: number): string {
  return decoder.decode(keys.bytes.subarray(packedKeyStart(keys, k), keys.ends[k] ?? 0));
}

/** Bytes gathered for one decoding in `packedKeysAt`: a string of them stays far below V8's limit. */
const gatherBytes = 1 << 22;

/**
 * Keys `which` (indexes into the keys, in any order, repeats allowed) as strings, in that order: their
 * bytes gathered a few MiB at a time and decoded once a gathering, then cut, instead of a decoding a key
 * (a residual list of a million people). Keys all in ASCII are cut at their byte offsets; a gathering
 * with another byte is decoded key by key. An index that is not a key's, or a key whose ends fall or run
 * past the bytes, throws `InvalidArgumentError`.
 * O(bytes of the keys asked for).
 *
 * @example packedKeysAt(packKeys(['DT-1', 'Mã-2', 'DT-3']), [2, 0]); // => ['DT-3', 'DT-1']
 */
export function packedKeysAt(keys: PackedKeys, which: ArrayLike<number>): string[] {
  const { bytes, ends } = keys;
  const out = new Array<string>(which.length);
  let buffer = new Uint8Array(1 << 12);
  for (let first = 0; first < which.length; ) {
    // Gather keys from `first` on until the gathering is full (at least one key a gathering).
    let used = 0;
    let ascii = true;
    let k = first;
    for (; k < which.length; k += 1) {
      const i = which[k] as number;
      if (!Number.isInteger(i) || i < 0 || i >= ends.length) {
        throw new InvalidArgumentError(
          'packedKeysAt',
          `${String(i)} is not the index of one of the ${ends.length} keys`,
          `${String(i)} không phải chỉ số của một trong ${ends.length} mã`,
        );
      }
      const from = packedKeyStart(keys, i);
      const to = ends[i] as number;
      if (to < from || to > bytes.length) {
        throw new InvalidArgumentError(
          'packedKeysAt',
          `the ends of the keys must rise and stay within their ${bytes.length} bytes (key ${i})`,
          `điểm cuối các mã phải tăng dần và nằm trong ${bytes.length} byte (mã ${i})`,
        );
      }
      if (used > 0 && used + to - from > gatherBytes) break;
      if (used + to - from > buffer.length) buffer = grow(buffer, used + to - from);
      for (let b = from; b < to; b += 1) {
        const byte = bytes[b] as number;
        if (byte > 0x7f) ascii = false;
        buffer[used] = byte;
        used += 1;
      }
    }
    if (ascii) {
      const text = decoder.decode(buffer.subarray(0, used));
      let at = 0;
      for (let j = first; j < k; j += 1) {
        const i = which[j] as number;
        const length = (ends[i] as number) - packedKeyStart(keys, i);
        out[j] = text.slice(at, at + length);
        at += length;
      }
    } else for (let j = first; j < k; j += 1) out[j] = packedKeyAt(keys, which[j] as number);
    first = k;
  }
  return out;
}

/**
 * Every key as a string, in order (the inverse of `packKeys`). Keys all in ASCII are cut from strings of
 * the bytes, 16 MiB at a time (a character a byte, so the ends hold); others are decoded one by one. Ends
 * that fall or run past the bytes throw `InvalidArgumentError`. O(bytes).
 *
 * @example unpackKeys(packKeys(['DT-1', 'Mã-2'])); // => ['DT-1', 'Mã-2']
 */
export function unpackKeys(keys: PackedKeys): string[] {
  const { bytes, ends } = keys;
  let before = 0;
  for (const end of ends) {
    if (end < before || end > bytes.length) {
      throw new InvalidArgumentError(
        'unpackKeys',
        `the ends of the keys must rise and stay within their ${bytes.length} bytes`,
        `điểm cuối các mã phải tăng dần và nằm trong ${bytes.length} byte`,
      );
    }
    before = end;
  }
  const out = new Array<string>(ends.length);
  let ascii = true;
  for (let i = 0; i < bytes.length && ascii; i += 1) ascii = (bytes[i] as number) < 0x80;
  if (!ascii) {
    for (let k = 0; k < ends.length; k += 1) out[k] = packedKeyAt(keys, k);
    return out;
  }
  // In pieces of at most 16 MiB, as one string may not be longer than V8 allows (about 512 MiB).
  let k = 0;
  const piece = 1 << 24;
  while (k < ends.length) {
    const from = packedKeyStart(keys, k);
    let last = k;
    while (last + 1 < ends.length && (ends[last + 1] ?? 0) - from <= piece) last += 1;
    const text = decoder.decode(bytes.subarray(from, ends[last] ?? 0));
    for (; k <= last; k += 1) out[k] = text.slice(packedKeyStart(keys, k) - from, (ends[k] ?? 0) - from);
  }
  return out;
}
