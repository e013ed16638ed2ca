import { describe, expect, it } from 'vitest';
import { printable, printableLine } from '../src/render/printable.js';

/** Any control character a terminal acts on: C0 but line feed, DEL, C1. */
const controlCharacter = /(?!\n)\p{Cc}/u;

describe('printable(text)', () => {
  it('shows escape sequences, bell, DEL and C1 controls as visible stand-ins', () => {
    expect(printable('\u001b[31mHuyện A\u001b[0m')).toBe('␛[31mHuyện A␛[0m');
    expect(printable('a\u0007b\u0000c\u007fd\u009b2Je\u0085')).toBe('a␇b␀c␡d�2Je�');
    expect(printable('\u001b]0;title\u0007')).not.toMatch(controlCharacter);
  });

  it('keeps line feeds, makes a tab a space and a CR LF a line feed, shows a lone CR', () => {
    expect(printable('Tiền Hải\tchi trả\r\nxã A\rB')).toBe('Tiền Hải chi trả\nxã A␍B');
  });

  it('returns text without control characters as it is, Vietnamese letters and tone marks included', () => {
    const text = 'Huyện Tiền Hải: 17.328/17.475 → 99,16% “đến nay”';
    expect(printable(text)).toBe(text);
    expect(printable('Tie\u0300n')).toBe('Tie\u0300n');
  });
});

describe('printableLine(text)', () => {
  it('is printable(text) on one line', () => {
    expect(printableLine('Tiền Hải\n\u001b[2Jchi trả')).toBe('Tiền Hải ␛[2Jchi trả');
  });
});
