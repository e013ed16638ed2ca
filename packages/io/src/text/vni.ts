/**
 * VNI (the `VNI-Windows` fonts): Vietnamese typed as a Latin base letter followed by one mark character,
 * saved in the Windows-1252 code page. `Nguyễn Văn Hải` is stored as `Nguyeãn Vaên Haûi`. iconv-lite has
 * no VNI table; this is ours, written from the font's layout:
 *
 * - a tone after a vowel (a, e, o, u, y, ơ, ư): `ù` sắc, `ø` huyền, `û` hỏi, `õ` ngã, `ï` nặng;
 * - a circumflex with a tone after a, e, o: `â` (none), `á`, `à`, `å`, `ã`, `ä`;
 * - a breve with a tone after a: `ê` (none), `é`, `è`, `ú`, `ü`, `ë`;
 * - letters of one character: `ô` ơ, `ö` ư, `ñ` đ, and i, y with tones `í`, `ì`, `æ` ỉ, `ó` ĩ, `ò` ị, `î` ỵ;
 * - capitals with the same marks in capitals (`NGUYEÃN`).
 */

const acute = '\u0301';
const grave = '\u0300';
const hook = '\u0309';
const tilde = '\u0303';
const dot = '\u0323';
const circumflex = '\u0302';
const breve = '\u0306';

const tones: Readonly<Record<string, string>> = { ù: acute, ø: grave, û: hook, õ: tilde, ï: dot };
const circumflexes: Readonly<Record<string, string>> = {
  â: '',
  á: acute,
  à: grave,
  å: hook,
  ã: tilde,
  ä: dot,
};
const breves: Readonly<Record<string, string>> = { ê: '', é: acute, è: grave, ú: hook, ü: tilde, ë: dot };

/** Letters VNI stores as one character (lower case; capitals follow). */
const single: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

/** The marks a mark character puts on a base letter (lower case), or `undefined` when it puts none there. */
function marksOn(base: string, mark: string): string | undefined {
  if ('aeouyơư'.includes(base) && tones[mark] !== undefined) return tones[mark];
  if ('aeo'.includes(base) && circumflexes[mark] !== undefined) return circumflex + circumflexes[mark];
  if (base === 'a' && breves[mark] !== undefined) return breve + breves[mark];
  return undefined;
}

/**
 * Converts text in VNI, read through Windows-1252, to Unicode (NFC).
 *
 * @example fromVni('Nguyeãn Vaên Haûi, Traàn Thò Haø'); // => 'Nguyễn Văn Hải, Trần Thị Hà'
 */
export function fromVni(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const previous = out.at(-1);
    if (previous !== undefined) {
      const marks = marksOn(previous.toLowerCase(), lower);
      if (marks !== undefined) {
        out[out.length - 1] = `${previous}${marks}`.normalize('NFC');
        continue;
      }
    }
    const letter = single[lower];
    out.push(letter === undefined ? ch : upper ? letter.toUpperCase() : letter);
  }
  return out.join('').normalize('NFC');
}
