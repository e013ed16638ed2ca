import { findUnitsByName, foldDiacritics, normalizeText } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { units } from './fixtures.js';

const codes = (query: string, on?: string) =>
  findUnitsByName(units, query, on === undefined ? {} : { on }).map((u) => `${u.code}:${u.type}`);

describe('normalizeText(text) and foldDiacritics(text)', () => {
  it('makes NFD and NFC spellings equal', () => {
    const nfd = 'Tây Lương'.normalize('NFD');
    expect(nfd).not.toBe('Tây Lương');
    expect(normalizeText(nfd)).toBe('Tây Lương');
  });

  it('returns text that is already normal as it is, and agrees with NFC + collapsed spaces on any text', () => {
    const slow = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    // Every code point the shortcut accepts is its own NFC, alone and after a letter.
    for (const [from, to] of [
      [0x21, 0x7e],
      [0xa1, 0x24f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let c = from; c <= to; c += 1) {
        const ch = String.fromCodePoint(c);
        expect(normalizeText(`a${ch} ${ch}`), c.toString(16)).toBe(slow(`a${ch} ${ch}`));
      }
    }
    const alphabet = [
      'a',
      'Ư',
      'ơ',
      'ệ',
      '\u0301',
      '\u0323',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      'Å',
      '\u212b',
      'x',
    ];
    let seed = 7;
    for (let k = 0; k < 2_000; k += 1) {
      let text = '';
      for (let i = 0; i < 8; i += 1) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        text += alphabet[seed % alphabet.length];
      }
      expect(normalizeText(text), JSON.stringify(text)).toBe(slow(text));
    }
  });

  it('folds tones, hats, horns and đ for matching', () => {
    expect(foldDiacritics('Đông Xuyên')).toBe('dong xuyen');
    expect(foldDiacritics('  TÂY   LƯƠNG ')).toBe('tay luong');
  });
});

describe('findUnitsByName(units, query, { on })', () => {
  it('finds 12991 from “xã Tây Lương”, “Tay Luong”, “tây lương” and the NFD spelling', () => {
    for (const query of [
      'xã Tây Lương',
      'Tay Luong',
      'tây lương',
      'xã Tây Lương'.normalize('NFD'),
      'XA TAY LUONG',
    ]) {
      expect(codes(query)).toEqual(['12991:xa']);
    }
  });

  it('uses the type word to tell the old town from the 2025 commune of the same code', () => {
    expect(codes('thị trấn Tiền Hải')).toEqual(['12970:thi_tran']);
    expect(codes('xã Tiền Hải')).toEqual(['12970:xa']);
    expect(codes('huyện Tiền Hải')).toEqual(['342:huyen']);
    expect(codes('Tiền Hải')).toEqual(['342:huyen', '12970:thi_tran', '12970:xa']);
  });

  it('narrows by validity date: in January 2025 “Tiền Hải” is the district and the town', () => {
    expect(codes('Tiền Hải', '2025-01-31')).toEqual(['342:huyen', '12970:thi_tran']);
    expect(codes('Tiền Hải', '2025-07-01')).toEqual(['12970:xa']);
  });

  it('does not confuse commune Tây Ninh with a type word and finds nothing for unknown names', () => {
    expect(codes('Tây Ninh')).toEqual(['12994:xa']);
    expect(codes('tỉnh Tây Ninh')).toEqual([]);
    expect(codes('Hà Nội')).toEqual([]);
  });
});
