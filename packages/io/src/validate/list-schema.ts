import type { AdminUnit, AssumptionCode } from '@ansinh/core';
import type { z } from 'zod';
import {
  type DeriveRow,
  type DeriveSetting,
  derivePayment,
  deriveRegister,
  paymentVarying,
  registerFromVarying,
  registerVarying,
} from './derive-fields.js';
import { composeChecks, type OnceRule } from './row-checks.js';
import type { RowCheck } from './row-validator.js';
import type { ColumnSpec, FileFacts } from './table-issues.js';

/** What a caller may say of a file that the file itself may not. */
export interface ListOptions {
  /** The file's name: a second source of the period, and the name messages give. */
  readonly fileName?: string | undefined;
  /** The units communes named by name resolve through (the title's commune, a commune column). */
  readonly units?: readonly AdminUnit[] | undefined;
  /**
   * Headers to fields, overriding the spellings (`{ 'Xã': 'communeName', 'Ghi chú': '-' }`, `-` leaving
   * a column out). Headers are compared without diacritics, case or units in parentheses.
   */
  readonly columns?: Readonly<Record<string, string>> | undefined;
  /** The period when neither the title nor the file name gives it (`YYYY-MM`). */
  readonly period?: string | undefined;
  /** The commune's code when the file names none; wins over the title. */
  readonly commune?: string | undefined;
}

/**
 * A kind of list: its columns, its schema and cross-row rules, how missing fields are derived, and what a
 * file must give (as columns or facts) for its rows to be read at all.
 */
export interface ListSchema<T> {
  readonly columns: readonly ColumnSpec[];
  readonly schema: z.ZodType<T>;
  /** Every rule across a row's fields and rows, applied to a row that passed its schema. */
  readonly check: RowCheck<T>;
  /**
   * `check` in two parts, where it is made of them (`composeChecks(local, once)`): the rules on a row's
   * own fields, and the rules that look back over the file. A file read in slices applies `local` in each
   * slice and `once` in file order after.
   */
  readonly parts?: { readonly local: RowCheck<T>; readonly once: readonly OnceRule<T>[] };
  readonly derive: (setting: DeriveSetting) => DeriveRow;
  /** The fields a file with these columns and facts cannot have (none when it can be read). */
  readonly cannotHave: (has: ReadonlySet<string>, facts: FileFacts) => readonly string[];
  /**
   * The fields whose values the derivations of a file with these columns neither read nor write (a
   * beneficiary's code, an amount): rows spelt alike in every other cell are then judged alike but for
   * these (`createRepeatJudge`). None when absent.
   */
  readonly varying?: (has: ReadonlySet<string>) => readonly string[];
  /**
   * Assumptions the derivations make from the value of a `varying` field (a sex read off the CCCD): a line
   * whose verdict makes one is judged in full every time, never repeated. None when absent.
   */
  readonly fromVarying?: readonly AssumptionCode[];
}

/** A person can be known: by a code, or by name and a year of birth (a column, split columns, the CCCD). */
const canKnow = (has: ReadonlySet<string>, code: string) =>
  has.has(code) ||
  (has.has('fullName') && ['birthYear', 'birthMale', 'birthFemale', 'nationalId'].some((f) => has.has(f)));

/** What a register needs: who, where and since when. */
export function registerNeeds(has: ReadonlySet<string>, facts: FileFacts): string[] {
  const missing: string[] = [];
  if (!canKnow(has, 'id')) missing.push('id');
  if (!has.has('fullName')) missing.push('fullName');
  if (!['birthYear', 'birthMale', 'birthFemale', 'nationalId'].some((f) => has.has(f)))
    missing.push('birthYear');
  if (!has.has('communeCode') && !has.has('communeName') && facts.commune?.code === undefined)
    missing.push('communeCode');
  if (!has.has('since') && !has.has('changeDate') && facts.period === undefined) missing.push('since');
  return missing;
}

/** What a payment list needs: who, for which month, and how much. */
export function paymentNeeds(has: ReadonlySet<string>, facts: FileFacts): string[] {
  const missing: string[] = [];
  if (!canKnow(has, 'beneficiaryId')) missing.push('beneficiaryId');
  if (!has.has('period') && facts.period === undefined) missing.push('period');
  if (!has.has('amountVnd') && !has.has('paidVnd')) missing.push('amountVnd');
  return missing;
}

/** A list of other columns (`readTable`): its required columns are what it needs; nothing is derived. */
export function plainList<T>(
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
): ListSchema<T> {
  return {
    columns,
    schema,
    check,
    derive: () => () => ({ assumptions: [], issues: [] }),
    cannotHave: (has) => columns.filter((c) => c.required && !has.has(c.field)).map((c) => c.field),
  };
}

/**
 * A register's list schema: its rules on a row's fields (`local`) and over the file (`once`).
 * `localReads`, where given, names every field `local` reads: a field nobody else reads either (not the
 * look-back rules, not a reader's `StreamOptions.onRowReads`) is then checked on a line's bytes and not
 * made (`checkReads`).
 */
export function registerList<T>(
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  local: RowCheck<T>,
  once: readonly OnceRule<T>[],
  localReads?: readonly string[],
): ListSchema<T> {
  return {
    columns,
    schema,
    check: composeChecks(local, once, localReads),
    parts: { local, once },
    derive: deriveRegister,
    cannotHave: registerNeeds,
    varying: registerVarying,
    fromVarying: registerFromVarying,
  };
}

/**
 * A payment list's list schema, like `registerList`. `localReads` names every field `local` reads (none
 * for `noRowChecks`): a beneficiary's code it does not read is then checked on a line's bytes and left out
 * of the row where the reader asks (`composeChecks`, `StreamOptions.onRowFromLine`).
 */
export function paymentList<T>(
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  local: RowCheck<T>,
  once: readonly OnceRule<T>[],
  localReads?: readonly string[],
): ListSchema<T> {
  return {
    columns,
    schema,
    check: composeChecks(local, once, localReads),
    parts: { local, once },
    derive: derivePayment,
    cannotHave: paymentNeeds,
    varying: paymentVarying,
  };
}
