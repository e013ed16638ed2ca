/**
 * Every reason a row or a file can be refused, with the parameters its message needs. Results carry the
 * code and the parameters; the words come from `Messages` in the reader's language.
 */
export interface IssueParams {
  /** A required column is not in the header. */
  readonly missing_column: { readonly column: string; readonly spellings: string };
  readonly blank_row: Record<string, never>;
  /** TCVN3 or VNI text read as if it were Unicode. */
  readonly legacy_encoding: { readonly encoding: 'tcvn3' | 'vni' };
  /** A required cell is empty. */
  readonly required: { readonly column: string };
  /** Not a date as offices write one (`expected`: `date`), not a calendar date, or not a year of birth. */
  readonly invalid_date: { readonly text: string; readonly expected: 'date' | 'calendar' | 'birth' };
  readonly invalid_period: { readonly text: string };
  /** `1.250.000` turned into `1,25` by a spreadsheet. */
  readonly mangled_thousands: { readonly text: string };
  readonly invalid_number: { readonly text: string };
  readonly invalid_flag: { readonly text: string };
  readonly invalid_sex: { readonly text: string; readonly expected: string };
  readonly invalid_category: { readonly text: string; readonly expected: string };
  readonly invalid_channel: { readonly text: string; readonly expected: string };
  readonly invalid_status: { readonly text: string; readonly expected: string };
  readonly invalid_receiver: { readonly text: string; readonly expected: string };
  readonly invalid_stop_reason: { readonly text: string; readonly expected: string };
  /** A value the row's schema refuses (`field` is the schema's field; `detail` the schema's words). */
  readonly invalid_value: { readonly field: string; readonly detail: string };
  readonly national_id_format: Record<string, never>;
  readonly national_id_province: { readonly got: string };
  readonly national_id_century_sex: {
    readonly expected: number;
    readonly got: number;
    readonly sex: 'male' | 'female';
    readonly birthYear: number;
  };
  readonly national_id_birth_year: {
    readonly expected: string;
    readonly got: string;
    readonly birthYear: number;
  };
  readonly duplicate_beneficiary: { readonly id: string; readonly earlier: number };
  readonly stop_before_start: { readonly since: string; readonly until: string };
  readonly duplicate_payment: { readonly id: string; readonly period: string; readonly earlier: number };
}

/** A code of `IssueParams`. */
export type IssueCode = keyof IssueParams;

/** An issue as data: its code and the parameters its message needs. */
export type IssueOf<C extends IssueCode = IssueCode> = C extends IssueCode
  ? { readonly code: C; readonly params: IssueParams[C] }
  : never;

/** Notes on how a file was written that refuse nothing, with their parameters. */
export interface NoteParams {
  readonly byte_order_mark: Record<string, never>;
  readonly delimiter: { readonly delimiter: string };
  /** A `#` line before the header, kept as written. */
  readonly comment: { readonly text: string };
  readonly rows_above_header: { readonly count: number };
  readonly sheet: { readonly name: string };
  readonly no_sheet: Record<string, never>;
}

/** A code of `NoteParams`. */
export type NoteCode = keyof NoteParams;

/** A note as data. */
export type NoteOf<C extends NoteCode = NoteCode> = C extends NoteCode
  ? { readonly code: C; readonly params: NoteParams[C] }
  : never;
