import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../src/read-text.js';
import { run } from './run-cli.js';

const sentence = 'Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.';
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    Buffer.concat(
      parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
    ),
  );
const utf16le = (text: string) =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const utf16be = (text: string) => {
  const body = Buffer.from(text, 'utf16le');
  body.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), body]));
};
/** `Huyện A có 200 người` in Windows-1258: ê + combining dot below (EA F2), ư ơ + combining grave (FD F5 CC). */
const windows1258 = [
  ...Buffer.from('Huy', 'latin1'),
  0xea,
  0xf2,
  ...Buffer.from('n A c', 'latin1'),
  0xf3,
  ...Buffer.from(' 200 ng', 'latin1'),
  0xfd,
  0xf5,
  0xcc,
  0x69,
];
/** `Huyện` in TCVN3 (ABC) bytes: ệ is D6. */
const tcvn3Bytes = [0x48, 0x75, 0x79, 0xd6, 0x6e];

function file(name: string, content: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ansinh-bytes-')), name);
  writeFileSync(path, content);
  return path;
}

describe('firstInvalidUtf8(bytes)', () => {
  it('is undefined for UTF-8, and the offset of the first sequence that breaks it otherwise', () => {
    expect(firstInvalidUtf8(bytes(sentence))).toBeUndefined();
    expect(firstInvalidUtf8(new Uint8Array(windows1258))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array(tcvn3Bytes))).toBe(3);
  });

  it('refuses overlong forms, surrogates, code points above U+10FFFF and a truncated sequence', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe1, 0xbb]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]))).toBeUndefined();
  });
});

describe('decodeText(bytes)', () => {
  it('reads UTF-8, and drops a UTF-8 byte-order mark so offsets count from the first letter', () => {
    expect(decodeText(bytes(sentence))).toEqual({ ok: true, text: sentence, encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], sentence))).toEqual({
      ok: true,
      text: sentence,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE when they start with their byte-order mark', () => {
    expect(decodeText(utf16le(sentence))).toEqual({ ok: true, text: sentence, encoding: 'utf-16le' });
    expect(decodeText(utf16be(sentence))).toEqual({ ok: true, text: sentence, encoding: 'utf-16be' });
  });

  it('refuses UTF-16 with a byte-order mark but an odd length or a lone surrogate', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      refusal: { code: 'invalid_utf16', encoding: 'utf-16le' },
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_utf16' },
    });
  });

  it('refuses Windows-1258 and raw TCVN3 bytes, naming the first byte that is not UTF-8 and its offset', () => {
    expect(decodeText(new Uint8Array(windows1258))).toEqual({
      ok: false,
      refusal: { code: 'not_utf8', byte: 0xea, offset: 3 },
    });
    expect(decodeText(new Uint8Array(tcvn3Bytes))).toEqual({
      ok: false,
      refusal: { code: 'not_utf8', byte: 0xd6, offset: 3 },
    });
  });

  it('refuses a binary file: a NUL byte, UTF-16 without a byte-order mark, or mostly control characters', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
    expect(decodeText(new Uint8Array(png))).toEqual({
      ok: false,
      refusal: { code: 'binary_file', offset: 8 },
    });
    expect(decodeText(new Uint8Array(Buffer.from('Huyện A', 'utf16le')))).toEqual({
      ok: false,
      refusal: { code: 'binary_file', offset: 1 },
    });
    expect(decodeText(utf16le('A\u0000B'))).toEqual({
      ok: false,
      refusal: { code: 'binary_file', offset: 4 },
    });
    expect(decodeText(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x42, 0x05, 0x06]))).toEqual({
      ok: false,
      refusal: { code: 'binary_file', offset: 1 },
    });
  });

  it('keeps a text with a few escape sequences or control characters (they are removed when printed)', () => {
    expect(decodeText(bytes(`Huyện \u001b[31mA\u001b[0m có 200 người.\u0007`))).toMatchObject({ ok: true });
  });

  it('refuses valid UTF-8 that reads as TCVN3 or VNI mojibake, naming the encoding', () => {
    expect(decodeText(bytes('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u'))).toEqual({
      ok: false,
      refusal: { code: 'legacy_encoding', encoding: 'tcvn3' },
    });
    expect(decodeText(bytes('Nguyeãn Vaên Haûi, Traàn Thò Haø, Leâ Vaên Baûo'))).toEqual({
      ok: false,
      refusal: { code: 'legacy_encoding', encoding: 'vni' },
    });
  });
});

describe('ansinh extract|reproduce TEXT: the bytes of a text', () => {
  it('finds the figures of a UTF-16 text and of a UTF-8 text with a byte-order mark', async () => {
    for (const content of [utf16le(sentence), utf16be(sentence), bytes([0xef, 0xbb, 0xbf], sentence)]) {
      const { code, out } = await run('extract', file('page.txt', content), '--lang', 'en');
      expect(code).toBe(0);
      expect(out).toContain('Figures found: 2');
      expect(out).toContain('150/200 → 75%');
    }
  });

  it('gives offsets into the text, not into the bytes, when the text starts with a byte-order mark', async () => {
    const { out } = await run('extract', file('page.txt', bytes([0xef, 0xbb, 0xbf], sentence)), '--json');
    const figures = JSON.parse(out).figures as { spans: { start: number; end: number; text: string }[] }[];
    for (const span of figures.flatMap((f) => f.spans)) {
      expect(sentence.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('exits 2 on a Windows-1258 text, naming the file, the byte, its offset and what was expected', async () => {
    const path = file('cp1258.txt', new Uint8Array(windows1258));
    const { code, out, err } = await run('extract', path);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`${path}: không phải văn bản UTF-8 (byte 0xEA ở vị trí 3`);
    expect(err).toContain('not UTF-8 text (byte 0xEA at offset 3');
    expect(err).toContain('save it as UTF-8');
    expect(err).toContain('[not_utf8]');
  });

  it('exits 2 on a binary file and on TCVN3 mojibake, from extract and from reproduce', async () => {
    const binary = file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const mojibake = file(
      'tcvn3.txt',
      bytes('HuyÖn A cã 200 ng­êi h­ëng trî cÊp; NguyÔn V¨n H¶i, TrÇn ThÞ Hµ'),
    );
    for (const command of ['extract', 'reproduce']) {
      const bin = await run(command, binary, '--lang', 'en');
      expect(bin.code).toBe(2);
      expect(bin.err).toContain(`${binary}: là tệp nhị phân`);
      expect(bin.err).toContain('is binary, not text');
      const legacy = await run(command, mojibake, '--lang', 'en');
      expect(legacy.code).toBe(2);
      expect(legacy.err).toContain(`${mojibake}: trông như văn bản mã TCVN3`);
      expect(legacy.err).toContain('looks like TCVN3 (ABC, .VnTime) text read as Unicode');
    }
  });
});
