import type { Bilingual, Language } from '@ansinh/core';
import { type CellFormat, formatCell, isNumericCell } from './format-cell.js';
import { maskCell, type PersonalKind, personalKindOf } from './mask-personal.js';

/** A column of a table: the key of its value in each row, the heading shown, and what personal data it holds. */
export interface TableColumn {
  readonly key: string;
  /** The heading (default: the key). */
  readonly label?: string;
  /** A name or a personal number, masked unless `reveal` (default: known by the key, `personalKindOf`). */
  readonly personal?: PersonalKind;
}

/** How to show rows as a table. */
export interface TableOptions extends CellFormat {
  /** The columns, in order, as keys or `TableColumn`s (default: every key of the rows, in order of first use). */
  readonly columns?: readonly (string | TableColumn)[];
  /** More columns that hold personal data, by key: `{ 'Người giám hộ': 'name' }`. */
  readonly personal?: Readonly<Record<string, PersonalKind>>;
  /** Show names and personal numbers as they are (default false: masked). */
  readonly reveal?: boolean;
  /** A caption above the table. */
  readonly caption?: string;
  /** Show at most this many rows and say how many more there are (default 100). */
  readonly maxRows?: number;
}

/** A table as text cells, formatted and masked: what `htmlTable` and `textTable` draw. */
export interface TableCells {
  readonly caption: string | undefined;
  readonly header: readonly string[];
  /** Whether each column's values are numbers (drawn aligned right). */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** Rows not shown (over `maxRows`). */
  readonly more: number;
  /** Whether a column holds personal data that was masked. */
  readonly masked: boolean;
  readonly language: Language;
}

/** The words a table adds below itself. */
export const tableWords = {
  masked: {
    vi: 'Đã che thông tin cá nhân (họ tên còn chữ cái đầu, số CCCD và số tài khoản còn 4 số cuối; Nghị định 13/2023/NĐ-CP); reveal: true để hiện.',
    en: 'Personal data masked (names to initials, CCCD and account numbers to their last 4 digits; Decree 13/2023/NĐ-CP); reveal: true shows them.',
  },
  more: { vi: 'còn {n} dòng nữa', en: '{n} more rows' },
  empty: { vi: '(không có dòng nào)', en: '(no rows)' },
} as const satisfies Record<string, Bilingual>;

/**
 * Rows (plain objects) as a table of text: every value printed by `formatCell` (rates as percents with
 * their counts, exact decimals and bigints with the language's separators), personal data masked unless
 * `reveal` (`maskCell`: the columns `personalKindOf` knows or `personal` names; personal numbers in any
 * cell), at most `maxRows` rows. The data `htmlTable` and `textTable` draw; usable with any renderer.
 * O(rows × columns).
 *
 * @example tableCells([{ xã: 'Tây Ninh', rate: rate(376, 376) }]).rows; // => [['Tây Ninh', '100,00% (376/376)']]
 */
export function tableCells(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): TableCells {
  const language = options.language ?? 'vi';
  const columns: TableColumn[] = (
    options.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))]
  ).map((column) => (typeof column === 'string' ? { key: column } : column));
  const kinds = columns.map(
    (column) => column.personal ?? options.personal?.[column.key] ?? personalKindOf(column.key),
  );
  const maxRows = options.maxRows ?? 100;
  const shown = rows.slice(0, Math.max(0, maxRows));
  const reveal = options.reveal === true;
  return {
    caption: options.caption,
    header: columns.map((column) => column.label ?? column.key),
    numeric: columns.map(
      (column, i) =>
        kinds[i] === undefined &&
        shown.some((row) => row[column.key] !== undefined && row[column.key] !== null) &&
        shown.every(
          (row) =>
            row[column.key] === undefined || row[column.key] === null || isNumericCell(row[column.key]),
        ),
    ),
    rows: shown.map((row) =>
      columns.map((column, i) => {
        const text = formatCell(row[column.key], options);
        return reveal ? text : maskCell(text, kinds[i]);
      }),
    ),
    more: rows.length - shown.length,
    masked: !reveal && kinds.some((kind) => kind !== undefined),
    language,
  };
}

/** The notes under a table: rows not shown, personal data masked. */
export function tableNotes(cells: TableCells): string[] {
  const notes: string[] = [];
  if (cells.rows.length === 0) notes.push(tableWords.empty[cells.language]);
  if (cells.more > 0) notes.push(`… ${tableWords.more[cells.language].replace('{n}', String(cells.more))}`);
  if (cells.masked) notes.push(tableWords.masked[cells.language]);
  return notes;
}
