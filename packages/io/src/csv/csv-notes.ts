import type { ParsedCsv } from './parse-csv.js';

/** Notes that refuse nothing, from how a CSV was written: a byte-order mark, the delimiter, comment lines. */
export function csvNotes(csv: Pick<ParsedCsv, 'hadBom' | 'delimiter' | 'comments'>): string[] {
  const notes: string[] = [];
  if (csv.hadBom) notes.push('byte-order mark removed');
  if (csv.delimiter !== ',') notes.push(`delimiter "${csv.delimiter === '\t' ? 'tab' : csv.delimiter}"`);
  for (const comment of csv.comments) notes.push(comment.replace(/^#\s*/u, ''));
  return notes;
}
