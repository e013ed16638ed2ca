import type { Messages } from './messages.js';

const legacyNames = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' } as const;

/** Every message in English. */
export const messagesEn: Messages = {
  language: 'en',
  pick: (text) => text.en,
  issues: {
    legacy_encoding: ({ encoding }) =>
      `the file looks like ${legacyNames[encoding]} text read as Unicode, but its first megabyte also holds text that is not (rows or signs typed in Unicode), so it is not read back; convert it to Unicode (for example with Unikey's converter), or give the encoding utf8-${encoding}, and read it again`,
    legacy_letters: ({ encoding }) =>
      `the row's letters look like ${legacyNames[encoding]} text read as Unicode, though the start of the file is in Unicode (rows pasted in from an older list?); convert those rows to Unicode and read the file again`,
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
    cell_too_long: ({ length }) => `the cell holds ${length} characters; no field needs more than 4 096`,
    invalid_value: ({ field, detail }) => `invalid ${field}: ${detail}`,
    national_id_format: () => 'a CCCD number has exactly 12 digits',
    national_id_province: ({ got }) => `digits 1–3 must be a province code 001–096, got ${got}`,
    national_id_century_sex: ({ expected, got, sex, birthYear }) =>
      `digit 4 should be ${expected} for a ${sex === 'female' ? 'woman' : 'man'} born in ${birthYear}, got ${got}`,
    national_id_birth_year: ({ expected, got, birthYear }) =>
      `digits 5–6 should be ${expected} for a birth year of ${birthYear}, got ${got}`,
    duplicate_beneficiary: ({ id, earlier }) => `beneficiary ${id} is already on row ${earlier}`,
    duplicate_national_id: ({ earlier }) =>
      `the same CCCD as row ${earlier}: one person listed twice (under another beneficiary code)`,
    stop_before_start: ({ since, until }) => `the allowance stops (${until}) before it starts (${since})`,
    duplicate_payment: ({ id, period, earlier }) => `${id} is already paid for ${period} on row ${earlier}`,
    account_scientific: ({ text }) =>
      `account number "${text}" is in scientific form: Excel stored it as a number and lost digits; format the column as text and type it again`,
    unknown_commune: ({ name, candidates }) =>
      candidates === ''
        ? `commune "${name}" is not in the unit list`
        : `commune "${name}" fits several communes (${candidates}); give the commune's code`,
    missing_fields: ({ fields, headers, nearest }) =>
      `the file lacks what the analysis needs: ${fields}. Headers found: ${headers}.${nearest === '' ? '' : ` Nearest: ${nearest}.`} Name the columns with --columns "Header=field,…"`,
    column_map_problem: ({ absent, shared, headers }) =>
      `${[
        absent === '' ? '' : `--columns names headers the file does not have: ${absent}`,
        shared === '' ? '' : `--columns gives one field to several columns: ${shared}`,
      ]
        .filter((part) => part !== '')
        .join('; ')}. Headers found: ${headers}`,
    commune_not_found: ({ name }) =>
      `the title names commune "${name}", which is not in the unit list; give --commune CODE or --units FILE`,
    commune_ambiguous: ({ name, candidates }) =>
      `the title names commune "${name}", which fits several communes (${candidates}); give --commune CODE`,
  },
  assumptions: {
    person_key: () => 'no beneficiary code: a person is known by name and year of birth',
    birth_year_from_cccd: () => "year of birth read from the CCCD's digits 4–6",
    sex_from_cccd: () => "sex read from the CCCD's fourth digit",
    sex_from_birth_columns: () => 'sex read from which column (Nam or Nữ) holds the date of birth',
    sex_tick_female: () => 'a tick "x" in the sex column read as a woman',
    sex_number_codes: () => '"1" and "2" in the sex column read as man and woman',
    commune_from_title: ({ name, code }) => `commune from the title: ${name} (${code})`,
    commune_from_option: ({ code }) => `commune given with --commune: ${code}`,
    commune_from_name: () => 'commune names resolved through the unit list',
    village_from_heading: () => 'village from the village heading above the row',
    category_from_heading: () => 'category from the group heading above the row',
    category_from_title: ({ category }) => `category from the list's title: ${category}`,
    since_from_period: ({ period }) => `no start date: on the register in ${period}, from its first day`,
    dates_from_section: () => 'the section (added, stopped) says whether a date is a start or a stop',
    account_held_in_period: ({ period }) =>
      `an account number with no opening date: the account counts as held in ${period}`,
    flags_absent: () => 'no columns for severe disability or cannot travel: taken as no',
    period_from_file: ({ period, from }) =>
      `period ${period}, from the ${from === 'file_name' ? 'file name' : from === 'option' ? '--period option' : 'title'}`,
    status_from_paid_amount: () => 'paid when an amount paid is written, not paid when it is empty',
    status_from_reason: () =>
      'a result list without amounts paid: paid where no reason for not paying is written',
    amount_unit_from_header: ({ column, factor }) =>
      `"${column}" is in ${factor === 1000 ? 'thousands of dong' : 'millions of dong'}, as its header says: multiplied by ${factor}`,
    status_listed_as_paid: () => 'a list of payments to make, with no result: every line taken as paid',
    channel_from_account: () => 'through an account when the row has an account number, in cash when not',
    channel_from_kind: ({ channel }) =>
      `channel not written: paid ${channel === 'account' ? 'through an account' : 'in cash'}, as the list's kind says`,
    channel_code_unknown: () =>
      'channel codes that are bare numbers are not guessed: the channel comes from the account number',
    receiver_from_name: () =>
      "taken by an authorised receiver when the receiver's name is not the beneficiary's",
    receiver_assumed_beneficiary: () => 'no receiver column: taken by the beneficiary',
  },
  structure: {
    title: 'title',
    header: 'header',
    column_numbers: 'column numbers',
    blank: 'blank',
    group: 'group heading',
    village: 'village heading',
    section: 'section heading',
    subtotal: 'subtotal',
    total: 'total',
    in_words: 'amount in words',
    signature: 'signature',
  },
  notes: {
    byte_order_mark: () => 'byte-order mark removed',
    delimiter: ({ delimiter }) => `delimiter "${delimiter === '\t' ? 'tab' : delimiter}"`,
    comment: ({ text }) => text,
    rows_above_header: ({ count }) => `${count} row(s) above the header skipped`,
    sheet: ({ name }) => `sheet "${name}"`,
    no_sheet: () => 'the workbook has no sheet',
    legacy_letters_read: ({ encoding }) =>
      `letters of a ${legacyNames[encoding]} font saved as Unicode, read as the Vietnamese they stand for`,
  },
  kinds: { register: 'register', payments: 'payments' },
  common: {
    warning: 'Warning',
    note: 'Note',
    noPeriod: 'The payment list holds no period.',
    rejectedLeftOut: (file, rejected) =>
      `Warning: ${file}: ${rejected} ${rejected === '1' ? 'row' : 'rows'} rejected and left out (see ansinh validate ${file}).`,
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
    outputUnwritable: (path, why) =>
      why === 'no_folder'
        ? `Not written: the folder of ${path} does not exist; create it or choose another path.`
        : `Not written: ${path} is a folder; give a file name.`,
    outputIsInput: (path) => `Not written: ${path} is one of the inputs; choose another file for the output.`,
  },
  validate: {
    summary: (file, kind, c) =>
      `${file} (${kind}): ${c.rows} rows = ${c.accepted} accepted + ${c.rejected} rejected + ${c.skipped} blank + ${c.structure} structure (title, headings, totals, signatures).`,
    facts: ({ commune, period, periodFrom, title, encoding }) =>
      [
        `Commune: ${commune ?? 'not stated'}`,
        `period: ${period === undefined ? 'not stated' : `${period} (from the ${periodFrom === 'file_name' ? 'file name' : periodFrom === 'option' ? '--period option' : 'title'})`}`,
        `encoding: ${encoding}`,
        ...(title === undefined ? [] : [`title: ${title}`]),
      ].join('; '),
    assumptionsHeading: 'Assumptions (where the file does not say):',
    assumption: (text, rows) => `  - ${text} (${rows} rows)`,
    nothingAccepted: (file) => `${file}: no row accepted.`,
    fileRefused: (file) =>
      `${file}: the file cannot be read as a list: its rows are rejected for this reason, none judged one by one.`,
    rejectedMasked:
      'Names, CCCD and account numbers in the rejected-rows file are masked; --reveal keeps them as they were.',
    headings: { row: 'Row', column: 'Column', code: 'Code', message: 'Message', count: 'Count' },
    rejectedWritten: (path) => `Rejected rows with their reasons: ${path}`,
  },
  inspect: {
    columnsHeading: 'Columns',
    structureHeading: 'Rows that are not people',
    headings: {
      column: '#',
      header: 'Header',
      field: 'Field',
      how: 'How',
      line: 'Row',
      kind: 'Kind',
      text: 'Text',
    },
    notUsed: '(not used)',
    matchedBy: { map: '--columns', code: 'field code', spelling: 'header', sex_split: 'birth under Nam/Nữ' },
    moreStructure: (more) => `… and ${more} more (see --json).`,
  },
  rates: {
    title: (period, by) =>
      `Rates for ${period}, by ${{ commune: 'commune', district: 'district', province: 'province', 'commune-2025': 'commune from 1 July 2025', 'province-2025': 'province from 1 July 2025', 'unit-2025': 'unit from 1 July 2025' }[by]}`,
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
    noPayments:
      'No payment list given: the account rate is computed; paid through an account is not known (shown as —).',
    nothingOnRegister: (period) => `Nobody is on the register in ${period}: no rate to compute.`,
    paymentsForNobody: (period) =>
      `No paid line of ${period} is for anyone on the register: the lists do not go together (other keys, another commune or month).`,
    unknownUnits: (codes) =>
      `Warning: codes not in the unit list on the period's date, shown as they are and not rolled up: ${codes} (check the commune codes and the period: old commune codes hold up to 2025-06; or give --units, such as --units vietnam for the whole country).`,
    noPaymentsInPeriod: (period) => `Warning: the payment lists hold no line for ${period}.`,
    engineNeedsPeriod: (engine) => `--engine ${engine} needs --period YYYY-MM.`,
    paidRateBounds: 'Paid-rate bounds',
    unplaced: (commune, people, candidates) =>
      `${commune}: ${people} people not placed on a new commune (the commune was split); they may belong to: ${candidates}.`,
    unplacedHow:
      'Those communes’ rates are given as bounds (lowest – highest over every way of sharing them out). To place each person, give a village → new commune table: --villages FILE (columns Mã xã cũ, Thôn, Mã xã mới).',
    villageUnused: (oldCode, village, newCode) =>
      `village table: ${village} of commune ${oldCode} names new commune ${newCode}, but commune ${oldCode} has nobody to place there (it was not split into ${newCode}, or all its people went to one commune, or the code is not in the units).`,
    villagesNeedRows: '--villages works with --engine rows only (the other engines do not read villages).',
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
    noneWhy:
      'A figure is kept only when the text names the place it is about (a province, district or commune of the unit list, --units); percents tied to no place are not reported.',
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
  units: {
    found: (count, query) => `${count} ${count === '1' ? 'unit matches' : 'units match'} "${query}":`,
    none: (query) => `No unit matches "${query}".`,
    noPlace: (place) => `--in: no district or province is named or coded "${place}".`,
    headings: {
      unit: 'Unit',
      code: 'Code',
      validity: 'Valid',
      within: 'Within',
      reform: '2025 reform',
    },
    until: (date) => `until ${date}`,
    from: (date) => `from ${date}`,
    always: 'always',
    to: 'now',
    cameFrom: 'made of',
    part: 'part',
    allPeople: 'all its people',
    abolished: 'districts abolished on 2025-07-01',
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
