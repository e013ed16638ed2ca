import { readFile } from 'node:fs/promises';
import { type Bilingual, cliMessages } from '@ansinh/core';
import { detectLegacyEncoding, type LegacyEncoding } from '@ansinh/io';
import { inBothLanguages } from './in-both-languages.js';
import { type FileIssue, type LoadResult, unreadable } from './load-dataset.js';

/** The encodings a text input may come in: UTF-8 (with or without a BOM), or UTF-16 with a BOM. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Why some bytes are not a text ansinh reads: a refusal as data, with what to tell the user. */
export type TextRefusal =
  | { readonly code: 'not_utf8'; readonly byte: number; readonly offset: number }
  | { readonly code: 'invalid_utf16'; readonly encoding: 'utf-16le' | 'utf-16be' }
  | { readonly code: 'binary_file'; readonly offset: number }
  | { readonly code: 'legacy_encoding'; readonly encoding: LegacyEncoding };

/** Bytes decoded: the text (no BOM) and its encoding, or why they are refused. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly refusal: TextRefusal };

/**
 * The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequence), or `undefined` when all of them are valid. O(n).
 *
 * @example firstInvalidUtf8(new Uint8Array([0x48, 0x75, 0x79, 0xea, 0x70])); // => 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

/**
 * Whether a character code is a control character no text has: C0 but tab, line feed, vertical tab, form
 * feed, carriage return and escape (the escape sequences of a terminal capture are removed when printed).
 */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && (code < 0x09 || code > 0x0d) && code !== 0x1b;
}

/**
 * Where a decoded text turns out to be a binary file in disguise: the index of its first control character
 * no text has, when more than one character in ten among its first 64 KiB is one; else `undefined`.
 */
function firstBinaryControl(text: string): number | undefined {
  const length = Math.min(text.length, 65_536);
  let first: number | undefined;
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    if (isBinaryControl(text.charCodeAt(i))) {
      first ??= i;
      count += 1;
    }
  }
  return count * 10 > length ? first : undefined;
}

/**
 * Decodes the bytes of a text input. A UTF-8 BOM is dropped; a UTF-16 BOM (`FF FE`, `FE FF`) selects
 * UTF-16 LE or BE; anything else must be UTF-8. Refused, as data: bytes that are not UTF-8 (Windows-1258,
 * raw TCVN3 or VNI: the first bad byte and its offset are named), invalid UTF-16, a NUL byte or a text
 * mostly of control characters (binary, or UTF-16 without a BOM), and valid UTF-8 that reads as TCVN3 or
 * VNI mojibake (`detectLegacyEncoding`). Offsets count bytes from the start of the input. O(n).
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // => { ok: true, text: 'A', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16: 'utf-16le' | 'utf-16be' | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  let text: string;
  let encoding: TextEncoding;
  let nul: number | undefined;
  if (utf16 !== undefined) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, refusal: { code: 'invalid_utf16', encoding: utf16 } };
    }
    encoding = utf16;
    const at = text.indexOf('\u0000');
    nul = at < 0 ? undefined : 2 + 2 * at;
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const at = bytes.indexOf(0);
    if (at >= 0) return { ok: false, refusal: { code: 'binary_file', offset: at } };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
    } catch {
      // The decoder says only that the bytes are not UTF-8; the scan says where.
      const bad = firstInvalidUtf8(bytes) ?? bom;
      return { ok: false, refusal: { code: 'not_utf8', byte: bytes[bad] ?? 0, offset: bad } };
    }
    encoding = 'utf-8';
  }
  if (nul !== undefined) return { ok: false, refusal: { code: 'binary_file', offset: nul } };
  const control = firstBinaryControl(text);
  if (control !== undefined) {
    // A character index; for UTF-8 the byte offset of a control character is that of its own byte.
    const offset =
      encoding === 'utf-8' ? new TextEncoder().encode(text.slice(0, control)).length : 2 + 2 * control;
    return { ok: false, refusal: { code: 'binary_file', offset } };
  }
  const legacy = detectLegacyEncoding(text);
  if (legacy !== undefined) return { ok: false, refusal: { code: 'legacy_encoding', encoding: legacy } };
  return { ok: true, text, encoding };
}

/** What to tell the user about a refused text, in both languages. */
export function refusalMessage(refusal: TextRefusal): Bilingual {
  switch (refusal.code) {
    case 'not_utf8':
      return cliMessages.notUtf8Text(refusal.byte, refusal.offset);
    case 'invalid_utf16':
      return cliMessages.invalidUtf16Text(refusal.encoding);
    case 'binary_file':
      return cliMessages.binaryText(refusal.offset);
    case 'legacy_encoding':
      return cliMessages.legacyEncodedText(refusal.encoding);
  }
}

/** The file issue for a refused text: the file, the refusal's code and the message in both languages. */
export function refusalIssue(file: string, refusal: TextRefusal): FileIssue {
  return { file, path: '', code: refusal.code, message: inBothLanguages(refusalMessage(refusal)) };
}

async function readBytes(path: string): Promise<Uint8Array> {
  if (path !== '-') return new Uint8Array(await readFile(path));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Reads a text input (a path, or `-` for standard input) and decodes it with `decodeText`. Never throws for
 * bad input: an unreadable file or bytes that are not a text come back as an issue naming the file (`-`
 * for standard input) and what was expected.
 */
export async function readText(path: string): Promise<LoadResult<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path);
  } catch (error) {
    return { ok: false, issues: [unreadable(path, error)] };
  }
  const decoded = decodeText(bytes);
  return decoded.ok
    ? { ok: true, data: decoded.text }
    : { ok: false, issues: [refusalIssue(path, decoded.refusal)] };
}
