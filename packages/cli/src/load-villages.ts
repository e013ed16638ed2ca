import { foldDiacritics, type VillageMap } from '@ansinh/core';
import { parseCsv } from '@ansinh/io';
import { inBothLanguages } from './in-both-languages.js';
import { type FileIssue, type LoadResult, readInput } from './load-dataset.js';

/** The columns of a village table, each by the headers it may have (compared without case or diacritics). */
const columns = {
  oldCode: ['mã xã cũ', 'ma xa cu', 'old_commune', 'old commune', 'old_code'],
  village: ['thôn', 'thôn, xóm', 'thôn xóm', 'village'],
  newCode: ['mã xã mới', 'ma xa moi', 'new_commune', 'new commune', 'new_code'],
} as const;

/**
 * Reads a village table (CSV: the old commune's code, the village as the register writes it, the 2025
 * commune's code) into a `VillageMap`. Every line is used or refused: a refused line is an issue naming the
 * file, the line and the column, and nothing is used then.
 */
export async function loadVillages(file: string): Promise<LoadResult<VillageMap>> {
  const read = await readInput(file, 'utf8');
  if (!read.ok) return read;
  const records = parseCsv(read.data).records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const issue = (line: number, column: string, vi: string, en: string): FileIssue => ({
    file,
    path: `line ${line}${column === '' ? '' : `, ${column}`}`,
    code: 'invalid_village_table',
    message: inBothLanguages({ vi, en }),
  });
  const header = records[0];
  if (header === undefined) return { ok: false, issues: [issue(1, '', 'tệp rỗng', 'the file is empty')] };
  const find = (names: readonly string[]) =>
    header.fields.findIndex((h) => names.map(foldDiacritics).includes(foldDiacritics(h)));
  const at = {
    oldCode: find(columns.oldCode),
    village: find(columns.village),
    newCode: find(columns.newCode),
  };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length > 0)
    return {
      ok: false,
      issues: [
        issue(
          header.line,
          '',
          `cần các cột ${missing.map((k) => `"${columns[k][0]}"`).join(', ')}; tiêu đề là: ${header.fields.join(', ')}`,
          `expected the columns ${missing.map((k) => `"${columns[k][0]}"`).join(', ')}; the header is: ${header.fields.join(', ')}`,
        ),
      ],
    };
  const map = new Map<string, Map<string, string>>();
  const placed = new Map<string, { newCode: string; line: number }>();
  const issues: FileIssue[] = [];
  for (const record of records.slice(1)) {
    const cell = (i: number) => (record.fields[i] ?? '').trim();
    const [oldCode, village, newCode] = [cell(at.oldCode), cell(at.village), cell(at.newCode)];
    if (!/^\d{5}$/u.test(oldCode))
      issues.push(
        issue(
          record.line,
          columns.oldCode[0],
          `cần mã xã 5 chữ số, có "${oldCode}"`,
          `expected a 5-digit commune code, found "${oldCode}"`,
        ),
      );
    else if (village === '')
      issues.push(issue(record.line, columns.village[0], 'thiếu tên thôn', 'the village is empty'));
    else if (!/^\d{5}$/u.test(newCode))
      issues.push(
        issue(
          record.line,
          columns.newCode[0],
          `cần mã xã 5 chữ số, có "${newCode}"`,
          `expected a 5-digit commune code, found "${newCode}"`,
        ),
      );
    else {
      // A village is the same whatever its case, diacritics or spaces, as the register is matched.
      const key = `${oldCode}|${foldDiacritics(village)}`;
      const earlier = placed.get(key);
      if (earlier !== undefined && earlier.newCode !== newCode) {
        issues.push(
          issue(
            record.line,
            columns.village[0],
            `thôn "${village}" đã được xếp vào xã ${earlier.newCode} ở dòng ${earlier.line}`,
            `village "${village}" is already placed in ${earlier.newCode} on line ${earlier.line}`,
          ),
        );
        continue;
      }
      placed.set(key, { newCode, line: record.line });
      const villages = map.get(oldCode) ?? new Map<string, string>();
      villages.set(village, newCode);
      map.set(oldCode, villages);
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: map };
}
