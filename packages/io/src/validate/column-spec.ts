import type { CellResult } from './cells.js';

/** How one field is found and read. */
export interface ColumnSpec {
  readonly field: string;
  /** Header spellings, the first being the one ansinh writes. */
  readonly headers: readonly string[];
  /** Field codes of system exports (`MaDoiTuong`), matched without case. */
  readonly codes?: readonly string[];
  readonly required: boolean;
  readonly read: (text: string) => CellResult<unknown>;
  /** The value of an empty cell, for columns where empty means something (an unticked flag is `false`). */
  readonly emptyAs?: unknown;
  /**
   * The column's canonical form, which a lane (`compileLane`) reads straight from a line's text, giving the
   * value `read` gives: `code` (one word of ASCII letters, digits and `._/-` with a digit, `SYN-00000001`),
   * `month` (`2025-01`), `digits` (a whole number without separators), `numeral` (digits kept as text: a
   * CCCD, an account number), `year` (`1956`), `date` (`2025-01-31`), `text` (already NFC, single spaces)
   * or `label` (a short text `read` accepts, remembered). Any other cell sends its row through the full
   * rules.
   */
  readonly canonical?: CanonicalForm;
}

/** The canonical forms of `ColumnSpec.canonical`. */
export type CanonicalForm = 'code' | 'month' | 'digits' | 'numeral' | 'year' | 'date' | 'text' | 'label';
