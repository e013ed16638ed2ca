import type { CsvRecord } from '../csv/csv-splitter.js';
import { findHeaderRecord, type HeaderBlock, headerBlock } from './header-block.js';
import {
  type ChangeType,
  changeTypeOf,
  isColumnNumbers,
  labelOf,
  type StructureKind,
  structureOf,
} from './structure-rows.js';
import { type TitleFacts, titleFacts } from './title-facts.js';

/** A record that is not a person, with what it was taken for. */
export interface StructureRow {
  /** The line (CSV) or row (XLSX) it was read from, 1-based. */
  readonly line: number;
  readonly kind: StructureKind;
  /** Its cells joined, as a reader would say it. */
  readonly text: string;
}

/** What the headings above a data row say about it: its group, village and change section. */
export interface RowContext {
  /** The group heading over it (`II. NGƯỜI CAO TUỔI`), when there is one. */
  readonly group: string | undefined;
  /** The village heading over it (`Thôn 1`), when there is one. */
  readonly village: string | undefined;
  /** The section of a change list over it (`B. ĐỐI TƯỢNG GIẢM`) and the change type it gives. */
  readonly section: { readonly text: string; readonly change: ChangeType | undefined } | undefined;
}

/** A record that may be a person, with the headings over it. */
export interface DataRow {
  readonly record: CsvRecord;
  readonly context: RowContext;
}

/**
 * How an office list is laid out: the facts of its title, its header, and every record as data or
 * structure. `data.length + structure.length` is the number of records read.
 */
export interface OfficeLayout {
  readonly title: TitleFacts;
  /** `undefined` when no record reads as a header: every record is then data. */
  readonly header: HeaderBlock | undefined;
  readonly data: readonly DataRow[];
  readonly structure: readonly StructureRow[];
}

const noContext: RowContext = { group: undefined, village: undefined, section: undefined };

/**
 * A row numbered in its first cell (or its second, after an empty margin column) with a few cells filled:
 * a person, even after a total.
 */
const numberedRow = (fields: readonly string[]) => {
  const first = (fields[0] ?? '').trim() === '' ? (fields[1] ?? '') : (fields[0] ?? '');
  return /^\d{1,6}\.?$/u.test(first.trim()) && fields.filter((f) => f.trim() !== '').length >= 3;
};

/** What a record under the header is: a person (with the headings over it), or structure. */
export type BodyVerdict =
  | { readonly kind: 'data'; readonly context: RowContext }
  | { readonly kind: StructureKind; readonly text: string };

/** Judges records under a header one at a time; `person()` tells it a row was judged a person elsewhere. */
export type BodyClassifier = ((record: CsvRecord) => BodyVerdict) & {
  /**
   * A row that fills a person's cells was read past the classifier (a lane): as if it had judged it data;
   * gives the headings over it.
   */
  readonly person: () => RowContext;
  /**
   * Whether no heading, total or first row is in force: the next record is judged as in a body read
   * from here on by a classifier made with `midBody` (what a slice read on another thread assumes).
   */
  readonly plain: () => boolean;
};

/**
 * Judges the records under a header one at a time, in file order, as `readLayout` does: a streamed
 * reader holds only the headings seen so far. The first record may be the row of column numbers.
 */
export function createBodyClassifier(
  options: {
    /**
     * Whether a record fills what only a person's row fills (a name with a year of birth or a CCCD, as the
     * header places them): such a row is data whatever its words (`Tổng Văn Bình` is a name, not a total).
     */
    readonly isPerson?: (fields: readonly string[]) => boolean;
    /** Start in the middle of a body without headings: the first record is not a row of column numbers. */
    readonly midBody?: boolean;
  } = {},
): BodyClassifier {
  let context = noContext;
  let ended = false;
  let first = options.midBody !== true;
  const classify = (record: CsvRecord): BodyVerdict => {
    const atStart = first;
    first = false;
    if (atStart && isColumnNumbers(record.fields))
      return { kind: 'column_numbers', text: labelOf(record.fields) };
    if (options.isPerson?.(record.fields) === true || numberedRow(record.fields)) {
      ended = false;
      return { kind: 'data', context };
    }
    const kind = structureOf(record.fields);
    const text = labelOf(record.fields);
    if (ended && kind !== 'blank') {
      // A heading after a total starts a new block; anything else there is the end of the list.
      if (kind !== 'group' && kind !== 'village' && kind !== 'section')
        return { kind: kind ?? 'signature', text };
      ended = false;
    }
    if (kind === undefined) return { kind: 'data', context };
    if (kind === 'section')
      context = { group: undefined, village: undefined, section: { text, change: changeTypeOf(text) } };
    else if (kind === 'group') context = { ...context, group: text, village: undefined };
    else if (kind === 'village') context = { ...context, village: text };
    else if (kind === 'total' || kind === 'in_words' || kind === 'signature') ended = true;
    return { kind, text };
  };
  const person = () => {
    first = false;
    ended = false;
    return context;
  };
  const plain = () => context === noContext && !ended && !first;
  return Object.assign(classify, { person, plain });
}

/**
 * Reads the layout of a list as offices keep it: banner and title lines (their commune, period and kind
 * of list), a header over one to three rows, a row of column numbers, headings of groups, villages and
 * change sections (which become the context of the rows under them), subtotals, totals, the amount in
 * words and signatures, and blank rows. What is not structure is data, to be validated. `isKnown` says
 * whether a cell is a header spelling the caller's schema knows; `fileName` is a second source of the
 * period. O(records).
 *
 * @example readLayout([{ line: 1, fields: ['Họ tên', 'Năm sinh', 'Số tiền'] }, { line: 2, fields: ['Thôn 1', '', ''] }, { line: 3, fields: ['An', '1950', '500.000'] }]).data[0].context.village; // => 'Thôn 1'
 */
export function readLayout(
  records: readonly CsvRecord[],
  options: { readonly fileName?: string; readonly isKnown?: (text: string) => boolean } = {},
): OfficeLayout {
  const start = findHeaderRecord(records, options.isKnown ?? (() => false));
  if (start < 0) {
    return {
      title: titleFacts([], options.fileName),
      header: undefined,
      data: records.map((record) => ({ record, context: noContext })),
      structure: [],
    };
  }
  const header = headerBlock(records, start);
  const structure: StructureRow[] = records.slice(0, header.to).map((record, i) => ({
    line: record.line,
    kind: i >= start ? 'header' : structureOf(record.fields) === 'blank' ? 'blank' : 'title',
    text: labelOf(record.fields),
  }));
  const data: DataRow[] = [];
  const classify = createBodyClassifier();
  for (const record of records.slice(header.to)) {
    const verdict = classify(record);
    if (verdict.kind === 'data') data.push({ record, context: verdict.context });
    else structure.push({ line: record.line, kind: verdict.kind, text: verdict.text });
  }
  return { title: titleFacts(records.slice(0, start), options.fileName), header, data, structure };
}
