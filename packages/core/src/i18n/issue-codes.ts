/**
 * Every reason a row or a file can be refused, with the parameters its message needs. Results carry the
 * code and the parameters; the words come from `Messages` in the reader's language.
 */
export interface IssueParams {
  /** TCVN3 or VNI text read as if it were Unicode. */
  readonly legacy_encoding: { readonly encoding: 'tcvn3' | 'vni' };
  /** A row's letters in TCVN3 or VNI read as Unicode, in a file not judged legacy (a row pasted in later). */
  readonly legacy_letters: { readonly encoding: 'tcvn3' | 'vni' };
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
  /** A cell longer than any field needs (4 KiB): refused unread. */
  readonly cell_too_long: { readonly length: number };
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
  /** The same CCCD as an earlier row under another beneficiary code: one person listed twice. */
  readonly duplicate_national_id: { readonly earlier: number };
  readonly stop_before_start: { readonly since: string; readonly until: string };
  readonly duplicate_payment: { readonly id: string; readonly period: string; readonly earlier: number };
  /** An account number Excel stored as a number and shows in scientific form: digits are lost. */
  readonly account_scientific: { readonly text: string };
  /** A commune named in a column that the unit list does not know, or knows more than once. */
  readonly unknown_commune: { readonly name: string; readonly candidates: string };
  /**
   * The file lacks what the analysis needs (whole file): the fields missing, the headers found and the
   * nearest of them to each missing field.
   */
  readonly missing_fields: { readonly fields: string; readonly headers: string; readonly nearest: string };
  /**
   * The column map names headers the file does not have (`absent`), or gives one field to several columns
   * (`shared`), whole file.
   */
  readonly column_map_problem: { readonly absent: string; readonly shared: string; readonly headers: string };
  /** The commune named in the title is not in the unit list (whole file). */
  readonly commune_not_found: { readonly name: string };
  /** The commune named in the title fits several communes of the unit list (whole file). */
  readonly commune_ambiguous: { readonly name: string; readonly candidates: string };
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
  /** The text was a legacy font's letters saved as Unicode (`NguyÔn V¨n H¶i`), read as the Vietnamese it stood for. */
  readonly legacy_letters_read: { readonly encoding: 'tcvn3' | 'vni' };
}

/**
 * What a reader took for granted where a file does not say, with its parameters: every one made is
 * listed in the report with the number of rows it touched.
 */
export interface AssumptionParams {
  /** No beneficiary code: a person is known by name and year of birth (a key, not the name, is kept). */
  readonly person_key: Record<string, never>;
  readonly birth_year_from_cccd: Record<string, never>;
  readonly sex_from_cccd: Record<string, never>;
  /** The date of birth is under `Nam` or `Nữ`: that gives the sex. */
  readonly sex_from_birth_columns: Record<string, never>;
  /** A tick `x` in the sex column read as a woman. */
  readonly sex_tick_female: Record<string, never>;
  /** `1` and `2` in the sex column read as man and woman. */
  readonly sex_number_codes: Record<string, never>;
  readonly commune_from_title: { readonly name: string; readonly code: string };
  readonly commune_from_option: { readonly code: string };
  readonly commune_from_name: Record<string, never>;
  readonly village_from_heading: Record<string, never>;
  readonly category_from_heading: Record<string, never>;
  readonly category_from_title: { readonly category: string };
  /** No start date: on the register in the file's period, from its first day. */
  readonly since_from_period: { readonly period: string };
  /** A register-change list: the section (added, stopped) says whether a date is a start or a stop. */
  readonly dates_from_section: Record<string, never>;
  /** An account number with no opening date: the account is held in the file's period. */
  readonly account_held_in_period: { readonly period: string };
  /** No columns for severe disability or for cannot travel: taken as no. */
  readonly flags_absent: Record<string, never>;
  readonly period_from_file: { readonly period: string; readonly from: string };
  /** A result list: paid when an amount paid is written, not paid when it is empty. */
  readonly status_from_paid_amount: Record<string, never>;
  /** A result list without amounts paid: paid where no reason for not paying is written. */
  readonly status_from_reason: Record<string, never>;
  /** Amounts in a column whose header gives their unit (`Số tiền (nghìn đồng)`): multiplied to dong. */
  readonly amount_unit_from_header: { readonly column: string; readonly factor: number };
  /** A list of payments to make, with no result: every line taken as paid. */
  readonly status_listed_as_paid: Record<string, never>;
  /** Through an account when the row has an account number, in cash when not. */
  readonly channel_from_account: Record<string, never>;
  readonly channel_from_kind: { readonly channel: string };
  readonly channel_code_unknown: Record<string, never>;
  /** Taken by an authorised receiver when the receiver's name is not the beneficiary's. */
  readonly receiver_from_name: Record<string, never>;
  readonly receiver_assumed_beneficiary: Record<string, never>;
}

/** A code of `AssumptionParams`. */
export type AssumptionCode = keyof AssumptionParams;

/** An assumption as data. */
export type AssumptionOf<C extends AssumptionCode = AssumptionCode> = C extends AssumptionCode
  ? { readonly code: C; readonly params: AssumptionParams[C] }
  : never;

/**
 * What a row of an office list is when it is not a person: the lines offices put around and between the
 * data, each reported as structure, never rejected as data (`StructureKind` in @ansinh/io).
 */
export type StructureName =
  /** Banner and title lines above the header (the commune, the period, the list's name). */
  | 'title'
  /** The header, over one to three rows. */
  | 'header'
  /** The row numbering the columns under the header: `1 2 3 …`, `(1) (2) …`, `A B C …`. */
  | 'column_numbers'
  /** A row with nothing in it. */
  | 'blank'
  /** A group of beneficiaries: `II. NGƯỜI CAO TUỔI`. Its text becomes the group of the rows under it. */
  | 'group'
  /** A village: `Thôn 1`, `Xóm Bắc`, `Tổ dân phố 3`. Its text becomes the village of the rows under it. */
  | 'village'
  /** A section of a change list: `A. ĐỐI TƯỢNG TĂNG MỚI`, `B. ĐỐI TƯỢNG GIẢM`. Gives the change type. */
  | 'section'
  /** A subtotal: `Cộng I`, `Cộng thôn 1`, `Cộng phần I`. */
  | 'subtotal'
  /** A total: `TỔNG CỘNG`, `Cộng`, `Cộng đã chi trả`. */
  | 'total'
  /** The amount in words: `(Bằng chữ: …)`. */
  | 'in_words'
  /** Place and date, titles and names of signatories, and anything after them. */
  | 'signature';

/** A code of `NoteParams`. */
export type NoteCode = keyof NoteParams;

/** A note as data. */
export type NoteOf<C extends NoteCode = NoteCode> = C extends NoteCode
  ? { readonly code: C; readonly params: NoteParams[C] }
  : never;
