import type { Messages } from './messages.js';

const legacyNames = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' } as const;

/** Every message in English. */
export const messagesEn: Messages = {
  language: 'en',
  pick: (text) => text.en,
  issues: {
    missing_column: ({ spellings }) => `no column ${spellings} in the header`,
    blank_row: () => 'the row is empty',
    legacy_encoding: ({ encoding }) =>
      `the file looks like ${legacyNames[encoding]} text read as Unicode; convert it to Unicode (for example with Unikey's converter) and read it again`,
    required: ({ column }) => `"${column}" is empty`,
    invalid_date: ({ text, expected }) =>
      expected === 'calendar'
        ? `"${text}" is not a calendar date`
        : expected === 'birth'
          ? `expected a year or a date of birth, got "${text}"`
          : `expected a date as dd/mm/yyyy or yyyy-mm-dd, got "${text}"`,
    invalid_period: ({ text }) => `expected a month as 01/2025 or 2025-01, got "${text}"`,
    mangled_thousands: ({ text }) =>
      `"${text}" looks like a thousands separator read as a decimal mark (1.250.000 shown as 1,25); re-export the amounts as whole numbers`,
    invalid_number: ({ text }) => `expected a whole number such as 500000 or 500.000, got "${text}"`,
    invalid_flag: ({ text }) => `expected x/có or empty/không, got "${text}"`,
    invalid_sex: ({ text, expected }) => `unknown sex "${text}"; expected one of: ${expected}`,
    invalid_category: ({ text, expected }) => `unknown category "${text}"; expected one of: ${expected}`,
    invalid_channel: ({ text, expected }) => `unknown channel "${text}"; expected one of: ${expected}`,
    invalid_status: ({ text, expected }) => `unknown status "${text}"; expected one of: ${expected}`,
    invalid_receiver: ({ text, expected }) => `unknown receiver "${text}"; expected one of: ${expected}`,
    invalid_stop_reason: ({ text, expected }) =>
      `unknown reason for stopping "${text}"; expected one of: ${expected}`,
    invalid_value: ({ field, detail }) => `invalid ${field}: ${detail}`,
    national_id_format: () => 'a CCCD number has exactly 12 digits',
    national_id_province: ({ got }) => `digits 1–3 must be a province code 001–096, got ${got}`,
    national_id_century_sex: ({ expected, got, sex, birthYear }) =>
      `digit 4 should be ${expected} for a ${sex === 'female' ? 'woman' : 'man'} born in ${birthYear}, got ${got}`,
    national_id_birth_year: ({ expected, got, birthYear }) =>
      `digits 5–6 should be ${expected} for a birth year of ${birthYear}, got ${got}`,
    duplicate_beneficiary: ({ id, earlier }) => `beneficiary ${id} is already on row ${earlier}`,
    stop_before_start: ({ since, until }) => `the allowance stops (${until}) before it starts (${since})`,
    duplicate_payment: ({ id, period, earlier }) => `${id} is already paid for ${period} on row ${earlier}`,
  },
  notes: {
    byte_order_mark: () => 'byte-order mark removed',
    delimiter: ({ delimiter }) => `delimiter "${delimiter === '\t' ? 'tab' : delimiter}"`,
    comment: ({ text }) => text,
    rows_above_header: ({ count }) => `${count} row(s) above the header skipped`,
    sheet: ({ name }) => `sheet "${name}"`,
    no_sheet: () => 'the workbook has no sheet',
  },
  kinds: { register: 'register', payments: 'payments' },
  common: {
    warning: 'Warning',
    note: 'Note',
    noPeriod: 'The payment list holds no period.',
    rejectedLeftOut: (file, rejected) =>
      `Warning: ${file}: ${rejected} rows rejected and left out (see ansinh validate ${file}).`,
    paidToUnknownKeys: ({ lines, people, vnd }) =>
      `Warning: ${lines} paid lines (${vnd} dong) to ${people} keys on no register: not counted in the rates.`,
    paidOffRegister: ({ lines, people, vnd }) =>
      `Warning: ${lines} paid lines (${vnd} dong) to ${people} people not on the register at the end of the month: not counted in the rates.`,
    reading: (file) => `Reading ${file}`,
    validating: 'Validating',
    done: (path) => `Done: ${path}`,
    masked:
      'Names and CCCD numbers are masked (Decree 13/2023/NĐ-CP); use --reveal where you are allowed to see them.',
    moreWithJson: (more) => `… and ${more} more (--json for all).`,
    outputIsInput: (path) => `Not written: ${path} is one of the inputs; choose another file for the output.`,
  },
  validate: {
    summary: (file, kind, rows, accepted, rejected) =>
      `${file} (${kind}): ${rows} rows = ${accepted} accepted + ${rejected} rejected.`,
    headings: { row: 'Row', column: 'Column', code: 'Code', message: 'Message', count: 'Count' },
    rejectedWritten: (path) => `Rejected rows with their reasons: ${path}`,
  },
  rates: {
    title: (period, by) => `Rates for ${period}, by ${by}`,
    headings: {
      unit: 'Unit',
      beneficiaries: 'Beneficiaries',
      accountHolders: 'Account holders',
      accountRate: 'Account rate',
      paidThroughAccount: 'Paid via account',
      paidRate: 'Paid rate',
      byValue: 'By value',
      stillNeeded: (target) => `Still needed for ${target}%`,
    },
    definitions:
      'Denominator: everyone on a monthly allowance in the period; round half up, 2 decimals; “by value” = dong paid into accounts ÷ dong paid.',
    engineNeedsPeriod: (engine) =>
      `--engine ${engine} needs --period YYYY-MM and --by commune, district or province.`,
  },
  residual: {
    title: (period, withoutAccount, notPaid) =>
      `${period}: ${withoutAccount} without an account; ${notPaid} not paid through an account.`,
    headings: {
      commune: 'Commune',
      village: 'Village',
      name: 'Name',
      account: 'Account',
      paidBy: 'Paid by',
      outreach: 'Outreach',
    },
    yes: 'yes',
    notYet: 'no',
    channels: { account: 'account', cash: 'cash', cash_at_home: 'at home' },
    outreach: {
      aged80Plus: '80+',
      severeDisability: 'severe disability',
      cannotTravel: 'cannot travel',
      authorisedReceiver: 'authorised receiver',
    },
  },
  extract: {
    none: 'No figures found.',
    found: (count) => `Figures found: ${count}`,
    headings: {
      locality: 'Locality',
      indicator: 'Indicator',
      period: 'Period',
      asStated: 'As stated',
      fromWords: 'From the words (offset)',
    },
    rank: (rank) => `rank ${rank}`,
  },
  evalExtract: {
    noGoldSet: (tried) => `No gold set found; name a folder with articles/ and gold.jsonl (tried ${tried}).`,
    headings: {
      page: 'Page',
      subset: 'Subset',
      gold: 'Gold',
      whole: 'Whole',
      inPart: 'In part',
      missed: 'Missed',
      extracted: 'Extracted',
      invented: 'Invented',
      recall: 'Recall',
      precision: 'Precision',
    },
    consistency: (annotated, found, agreed, falseInconsistent) =>
      `Consistency: ${annotated} annotated, ${found} found whole, the checker agrees on ${agreed}; false "inconsistent": ${falseInconsistent}.`,
    scoredAgainst: (dir) => `Extraction scored against: ${dir}`,
    totals: { all: 'all', withoutOther: 'without other', withoutTargets: 'without targets' },
    inPart: 'in part',
    missed: 'missed',
    gold: 'gold',
    found: 'found',
    notWhole: 'Not found whole:',
    invented: 'Invented (match nothing stated):',
    decimalMark: '.',
  },
  reproduce: {
    refused: (count) => `${count} file(s) refused; nothing recomputed.`,
    legend: '( ) = numerator implied by the wording, not written as a number; ? = not stated.',
    title: 'Reproducing published figures',
    source: 'Source',
    derivedTitle: 'Derived counts (denominator − numerator)',
    headings: { who: 'Who', formula: 'Formula', people: 'People' },
    figures: (count) => `${count} figures`,
  },
  synth: {
    generating: 'Generating',
    writing: 'Writing',
    generatingSeed: (seed) => `Generating synthetic data (seed ${seed}) …`,
    wroteRegister: (file, count) => `Wrote ${file}: ${count} beneficiaries`,
    wrotePayments: (file, count) => `Wrote ${file}: ${count} payments`,
    doneAtScale: (dir, beneficiaries, payments) =>
      `Done: ${dir} (${beneficiaries} beneficiaries, ${payments} payments)`,
  },
  report: {
    written: (path) => `Report written: ${path}`,
    syntheticNotice:
      'Synthetic data (not real people), calibrated to the article’s figures on Tiền Hải, January 2025.',
  },
};
