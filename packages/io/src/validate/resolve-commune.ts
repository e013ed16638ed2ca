import { type AdminUnit, foldDiacritics, normalizeText } from '@ansinh/core';

/** Type words a commune's name may be written with, folded. */
const communeTypeWords = /^(xa|phuong|thi tran|dac khu|tt|p)\.?\s+/u;

/** A commune name compared: folded, the type word dropped (`Xã Tây Ninh`, `TÂY NINH` → `tay ninh`). */
export const communeKey = (name: string): string =>
  foldDiacritics(normalizeText(name)).replace(communeTypeWords, '').replace(/\s+/gu, ' ').trim();

/** What a commune's name resolved to. */
export type CommuneMatch =
  | { readonly kind: 'found'; readonly code: string; readonly name: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly AdminUnit[] };

/** Where a commune is, when the file says: its district's and province's names as written. */
export interface CommuneHints {
  readonly district?: string | undefined;
  readonly province?: string | undefined;
  /** The type word written with the name (`xa`, `phuong`, `thi_tran`), when there was one. */
  readonly type?: string | undefined;
}

const inForce = (unit: AdminUnit, date: string) =>
  (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo);

/**
 * Finds a commune by its name among `units` in force on `date`, without diacritics, case or type word;
 * when several share the name, the type word written with it (xã, phường, thị trấn) and the district and
 * province named in the file choose among them. A name
 * that still fits several communes is ambiguous, never guessed. O(units).
 *
 * @example resolveCommune('XÃ TÂY NINH', units, '2025-01-31'); // => { kind: 'found', code: '12994', name: 'Tây Ninh' }
 */
export function resolveCommune(
  name: string,
  units: readonly AdminUnit[],
  date: string | undefined,
  hints: CommuneHints = {},
): CommuneMatch {
  const key = communeKey(name);
  // Without a date, every unit of the list, the latest version of each code.
  const byCode = new Map(units.filter((u) => date === undefined || inForce(u, date)).map((u) => [u.code, u]));
  let candidates = [...byCode.values()].filter((u) => u.level === 'commune' && communeKey(u.name) === key);
  const parentNamed = (unit: AdminUnit, hint: string | undefined, level: 'district' | 'province') => {
    if (hint === undefined) return true;
    let parent = unit.parentCode === null ? undefined : byCode.get(unit.parentCode);
    while (parent !== undefined && parent.level !== level)
      parent = parent.parentCode === null ? undefined : byCode.get(parent.parentCode);
    return parent === undefined || communeKey(parent.name) === communeKey(hint);
  };
  if (candidates.length > 1 && hints.type !== undefined) {
    const typed = candidates.filter((u) => u.type === hints.type);
    if (typed.length > 0) candidates = typed;
  }
  // A district or province the file names must be the commune's: Tiền Hải's An Ninh is not Quỳnh Phụ's.
  candidates = candidates.filter(
    (u) => parentNamed(u, hints.district, 'district') && parentNamed(u, hints.province, 'province'),
  );
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined)
    return { kind: 'found', code: only.code, name: only.name };
  return candidates.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', candidates };
}
