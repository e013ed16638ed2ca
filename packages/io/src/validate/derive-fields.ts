import { createHash } from 'node:crypto';
import {
  type AdminUnit,
  type AssumptionCode,
  type AssumptionOf,
  foldDiacritics,
  type IssueOf,
  normalizeText,
} from '@ansinh/core';
import type { RowContext } from '../layout/read-layout.js';
import { readCategory } from './register-columns.js';
import { resolveCommune } from './resolve-commune.js';
import type { FileFacts } from './table-issues.js';

/** The values read from a row's cells, by field, before the row's schema judges them. */
export type RowValues = Record<string, unknown>;

/** What deriving a row's missing fields gave: the assumptions it made and the issues it found. */
export interface Derived {
  readonly assumptions: AssumptionOf[];
  readonly issues: IssueOf[];
}

/** Fills a row's missing fields from the others, the headings over it and the file's facts. */
export type DeriveRow = (values: RowValues, raw: (field: string) => string, context: RowContext) => Derived;

/** What `deriveRegister` and `derivePayment` know of the file. */
export interface DeriveSetting {
  readonly facts: FileFacts;
  /** The fields the header has a column for. */
  readonly columns: ReadonlySet<string>;
  /** Communes named in a column resolve through these, in force at the end of the file's period. */
  readonly units: readonly AdminUnit[];
}

/**
 * The key of a person known by name and year of birth, the same in every file: the name without
 * diacritics, case or extra spaces (bank lists write `NGUYEN VAN AN`) and the year, hashed so that the key
 * is not personal data. Two people with the same name and year in one list are one key: the register's
 * duplicate check then reports them.
 */
export function personKey(fullName: string, birthYear: number): string {
  const name = foldDiacritics(normalizeText(fullName)).replace(/\s+/gu, ' ').trim();
  return `k${createHash('sha256').update(`${name}|${birthYear}`).digest('hex').slice(0, 15)}`;
}

/** The sex and year of birth a CCCD encodes in its digits 4–6 (century and sex, then the year's last two). */
export function cccdFacts(id: unknown): { sex: 'male' | 'female'; birthYear: number } | undefined {
  if (typeof id !== 'string' || !/^\d{12}$/u.test(id)) return undefined;
  const code = Number(id[3]);
  const century = 1900 + Math.floor(code / 2) * 100;
  return { sex: code % 2 === 0 ? 'male' : 'female', birthYear: century + Number(id.slice(4, 6)) };
}

const firstDay = (period: string) => `${period}-01`;

/** Keeps each assumption once per file, so the reader counts the rows each touched. */
function assumptionsOnce() {
  const made = new Map<string, AssumptionOf>();
  return (assumption: AssumptionOf): AssumptionOf => {
    const key = `${assumption.code}|${JSON.stringify(assumption.params)}`;
    const earlier = made.get(key);
    if (earlier !== undefined) return earlier;
    made.set(key, assumption);
    return assumption;
  };
}

/** Sex cells folded, by their text: a column holds a handful of spellings (folding each row cost 6%). */
const sexFolds = new Map<string, string>();
function foldedSex(text: string): string {
  let folded = sexFolds.get(text);
  if (folded === undefined) {
    folded = foldDiacritics(text);
    if (sexFolds.size < 64) sexFolds.set(text, folded);
  }
  return folded;
}

/** Sex and year of birth from split birth columns and the CCCD, the same in registers and payment lists. */
function derivePerson(
  values: RowValues,
  raw: (field: string) => string,
  out: Derived,
  once: ReturnType<typeof assumptionsOnce>,
) {
  if (values.birthYear === undefined) {
    if (values.birthMale !== undefined) {
      values.birthYear = values.birthMale;
      values.sex ??= 'male';
      out.assumptions.push(once({ code: 'sex_from_birth_columns', params: {} }));
    } else if (values.birthFemale !== undefined) {
      values.birthYear = values.birthFemale;
      values.sex ??= 'female';
      out.assumptions.push(once({ code: 'sex_from_birth_columns', params: {} }));
    }
  }
  const sexRaw = raw('sex');
  const sexText = sexRaw === '' ? '' : foldedSex(sexRaw);
  if (sexText === 'x') out.assumptions.push(once({ code: 'sex_tick_female', params: {} }));
  else if (sexText === '1' || sexText === '2')
    out.assumptions.push(once({ code: 'sex_number_codes', params: {} }));
  if (typeof values.nationalId === 'string' && !/^\d{12}$/u.test(values.nationalId))
    out.issues.push({ code: 'national_id_format', params: {} });
  const cccd = cccdFacts(values.nationalId);
  if (cccd !== undefined && values.sex === undefined) {
    values.sex = cccd.sex;
    out.assumptions.push(once({ code: 'sex_from_cccd', params: {} }));
  }
  if (cccd !== undefined && values.birthYear === undefined) {
    values.birthYear = cccd.birthYear;
    out.assumptions.push(once({ code: 'birth_year_from_cccd', params: {} }));
  }
}

/** The key of a row without a beneficiary code: name and year of birth (`personKey`). */
function keyOf(values: RowValues): string | undefined {
  return typeof values.fullName === 'string' && typeof values.birthYear === 'number'
    ? personKey(values.fullName, values.birthYear)
    : undefined;
}

/**
 * Derives what a register row needs where the file does not say, listing each assumption: the person's
 * key from name and year of birth when there is no beneficiary code; sex and year of birth from split
 * birth columns or the CCCD; the commune from a name column or the title (through the unit list); the
 * village and category from the headings over the row; start and stop dates from a change list's section;
 * a missing start date as the file's period; absent outreach flags as no.
 */
export function deriveRegister(setting: DeriveSetting): DeriveRow {
  const { facts, columns } = setting;
  const once = assumptionsOnce();
  const period = facts.period?.period;
  const date = period === undefined ? undefined : `${period}-28`;
  const titleCategory = categoryOfTitle(facts.title);
  return (values, raw, context) => {
    const out: Derived = { assumptions: [], issues: [] };
    derivePerson(values, raw, out, once);
    if (!columns.has('id')) {
      const key = keyOf(values);
      if (key !== undefined) {
        values.id = key;
        out.assumptions.push(once({ code: 'person_key', params: {} }));
      }
    }
    if (values.communeCode === undefined) {
      if (typeof values.communeName === 'string') {
        const match = resolveCommune(values.communeName, setting.units, date);
        if (match.kind === 'found') {
          values.communeCode = match.code;
          out.assumptions.push(once({ code: 'commune_from_name', params: {} }));
        } else {
          out.issues.push({
            code: 'unknown_commune',
            params: {
              name: values.communeName,
              candidates: match.kind === 'ambiguous' ? match.candidates.map((u) => u.code).join(', ') : '',
            },
          });
        }
      } else if (!columns.has('communeCode') && facts.commune?.code !== undefined) {
        values.communeCode = facts.commune.code;
        out.assumptions.push(
          once({
            code: 'commune_from_title',
            params: { name: facts.commune.name, code: facts.commune.code },
          }),
        );
      }
    }
    if (values.village === undefined && context.village !== undefined) {
      values.village = context.village;
      out.assumptions.push(once({ code: 'village_from_heading', params: {} }));
    }
    if (values.category === undefined && !columns.has('category')) {
      const fromHeading = context.group === undefined ? undefined : readCategory(context.group);
      if (fromHeading?.ok === true) {
        values.category = fromHeading.value;
        out.assumptions.push(once({ code: 'category_from_heading', params: {} }));
      } else if (titleCategory !== undefined) {
        values.category = titleCategory;
        out.assumptions.push(once({ code: 'category_from_title', params: { category: titleCategory } }));
      }
    }
    const change = context.section?.change;
    if (typeof values.changeDate === 'string') {
      if (change === 'stopped') values.until ??= values.changeDate;
      else values.since ??= values.changeDate;
      out.assumptions.push(once({ code: 'dates_from_section', params: {} }));
    }
    if (values.since === undefined && period !== undefined && !columns.has('since')) {
      const start = firstDay(period);
      values.since = typeof values.until === 'string' && values.until < start ? values.until : start;
      out.assumptions.push(once({ code: 'since_from_period', params: { period } }));
    }
    if (
      typeof values.accountNumber === 'string' &&
      values.accountOpenedOn === undefined &&
      !columns.has('accountOpenedOn') &&
      period !== undefined
    ) {
      values.accountOpenedOn = firstDay(period);
      out.assumptions.push(once({ code: 'account_held_in_period', params: { period } }));
    }
    if (!columns.has('severeDisability') || !columns.has('cannotTravel')) {
      values.severeDisability ??= false;
      values.cannotTravel ??= false;
      out.assumptions.push(once({ code: 'flags_absent', params: {} }));
    }
    return out;
  };
}

/** The category a list's title gives all its people, when it names one family only. */
function categoryOfTitle(title: string | undefined) {
  if (title === undefined) return undefined;
  const folded = foldDiacritics(title);
  if (/\bbao tro xa hoi\b/u.test(folded)) return 'social_protection' as const;
  if (/\bhuu tri xa hoi\b/u.test(folded)) return 'social_pension' as const;
  if (/\b(nguoi co cong|uu dai)\b/u.test(folded)) return 'merit' as const;
  return undefined;
}

const sameName = (a: unknown, b: unknown) =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  foldDiacritics(normalizeText(a)).replace(/\s+/gu, ' ') ===
    foldDiacritics(normalizeText(b)).replace(/\s+/gu, ' ');

/**
 * The fields of a payment line `derivePayment` neither reads nor writes, given the file's columns: the
 * beneficiary's code, and the amount unless an amount-paid column gives it. Lines alike in their other
 * cells are then judged alike but for these (`createRepeatJudge`). Kept beside `derivePayment`: a change
 * there that reads either field must drop it here (the lane tests compare both ways on the same files).
 */
export function paymentVarying(has: ReadonlySet<string>): readonly string[] {
  return has.has('paidVnd') ? ['beneficiaryId'] : ['beneficiaryId', 'amountVnd'];
}

/**
 * The fields of a register row `deriveRegister` writes only where the cell is empty and otherwise reads
 * at most for being empty, given the file's columns: who the person is (with a code column: the key and
 * name are then not read), the CCCD, where, how much, the account and the dates. Rows alike in their other
 * cells (sex, category, entitlement, bank, stop reason, flags) are then judged alike but for these
 * (`createRepeatJudge`): a line whose derivations fill one of them is not repeated (its value is not the
 * cell's), nor one whose derivations read a value of one of them (`registerFromVarying`). Kept beside
 * `deriveRegister`: a change there that reads a field's value must drop it here or name the assumption
 * (the lane tests compare both ways on the same files).
 */
export function registerVarying(has: ReadonlySet<string>): readonly string[] {
  const person = has.has('id') ? ['id', 'fullName', 'birthYear'] : [];
  return [
    ...person,
    'nationalId',
    'communeCode',
    'village',
    'monthlyAmountVnd',
    'accountNumber',
    'accountOpenedOn',
    'authorisedReceiver',
    'since',
    'until',
  ];
}

/**
 * The assumptions `deriveRegister` makes from the value of a `registerVarying` field: the sex and the year
 * of birth a CCCD gives where their cells are empty or absent, and a start date that is the stop date when
 * the stop comes before the file's period. A line whose verdict makes one is judged in full every time.
 */
export const registerFromVarying: readonly AssumptionCode[] = [
  'sex_from_cccd',
  'birth_year_from_cccd',
  'since_from_period',
];

/**
 * Derives what a payment line needs where the file does not say, listing each assumption: the person's
 * key as the register's (`personKey`) when there is no beneficiary code; the period from the title or the
 * file name; the status from an amount-paid column, or every line of a list of payments to make taken
 * as paid; the amount as the amount paid where there is one; the channel from the row's account number
 * or the list's kind; the receiver from the receiver's name.
 */
export function derivePayment(setting: DeriveSetting): DeriveRow {
  const { facts, columns } = setting;
  const once = assumptionsOnce();
  const kindChannel = facts.kind === 'account_payments' ? 'account' : 'cash';
  return (values, raw) => {
    const out: Derived = { assumptions: [], issues: [] };
    derivePerson(values, raw, out, once);
    if (!columns.has('beneficiaryId')) {
      const key = keyOf(values);
      if (key !== undefined) {
        values.beneficiaryId = key;
        out.assumptions.push(once({ code: 'person_key', params: {} }));
      }
    }
    if (values.period === undefined && !columns.has('period') && facts.period !== undefined) {
      values.period = facts.period.period;
      out.assumptions.push(once({ code: 'period_from_file', params: facts.period }));
    }
    if (values.status === undefined && !columns.has('status')) {
      if (columns.has('paidVnd')) {
        values.status = typeof values.paidVnd === 'number' && values.paidVnd > 0 ? 'paid' : 'pending';
        out.assumptions.push(once({ code: 'status_from_paid_amount', params: {} }));
      } else if (facts.kind === 'payment_results' && columns.has('unpaidReason')) {
        values.status = values.unpaidReason === undefined ? 'paid' : 'pending';
        out.assumptions.push(once({ code: 'status_from_reason', params: {} }));
      } else {
        values.status = 'paid';
        out.assumptions.push(once({ code: 'status_listed_as_paid', params: {} }));
      }
    }
    if (columns.has('paidVnd')) values.amountVnd = typeof values.paidVnd === 'number' ? values.paidVnd : 0;
    if (values.channel === undefined) {
      if (raw('channel') !== '') out.assumptions.push(once({ code: 'channel_code_unknown', params: {} }));
      if (raw('channel') === '' && columns.has('channel') && values.status !== 'paid') {
        // A line not paid has no channel written: it was to be paid as the list pays.
        values.channel = kindChannel;
        out.assumptions.push(once({ code: 'channel_from_kind', params: { channel: kindChannel } }));
      } else if (raw('channel') !== '' || !columns.has('channel')) {
        if (columns.has('accountNumber')) {
          values.channel =
            typeof values.accountNumber === 'string' && values.accountNumber !== '' ? 'account' : 'cash';
          out.assumptions.push(once({ code: 'channel_from_account', params: {} }));
        } else {
          values.channel = kindChannel;
          out.assumptions.push(once({ code: 'channel_from_kind', params: { channel: kindChannel } }));
        }
      }
    }
    const receiverName = values.receiverName ?? (raw('receivedBy') === '' ? undefined : raw('receivedBy'));
    if (values.receivedBy === undefined) {
      if (columns.has('receiverName') || columns.has('receivedBy')) {
        values.receivedBy =
          receiverName === undefined || sameName(receiverName, values.fullName)
            ? 'beneficiary'
            : 'authorised_receiver';
        out.assumptions.push(once({ code: 'receiver_from_name', params: {} }));
      } else {
        values.receivedBy = 'beneficiary';
        out.assumptions.push(once({ code: 'receiver_assumed_beneficiary', params: {} }));
      }
    }
    return out;
  };
}
