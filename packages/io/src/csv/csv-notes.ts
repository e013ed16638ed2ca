import type { NoteOf } from '@ansinh/core';
import type { ParsedCsv } from './parse-csv.js';

/** Notes that refuse nothing, from how a CSV was written: a byte-order mark, the delimiter, comment lines. */
export function csvNotes(csv: Pick<ParsedCsv, 'hadBom' | 'delimiter' | 'comments'>): NoteOf[] {
  const notes: NoteOf[] = [];
  if (csv.hadBom) notes.push({ code: 'byte_order_mark', params: {} });
  if (csv.delimiter !== ',') notes.push({ code: 'delimiter', params: { delimiter: csv.delimiter } });
  for (const comment of csv.comments)
    notes.push({ code: 'comment', params: { text: comment.replace(/^#\s*/u, '') } });
  return notes;
}
