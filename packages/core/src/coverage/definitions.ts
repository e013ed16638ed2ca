import type { PaymentRow, RegisterRow } from '../models/register-row.js';

/** A field of a register row or a payment line, by its name in the schemas. */
export type DefinitionField = keyof RegisterRow | keyof PaymentRow;

/** What a rule compares: a field of the row, a parameter of the question (the month), or a value. */
export type Operand =
  | { readonly field: DefinitionField }
  | { readonly param: 'monthEnd' | 'period' }
  | { readonly value: string };

/**
 * A rule about one row, as data, so that every engine follows the same one: the row engine compiles it
 * to a function (`compileRule`), DuckDB to SQL (`ruleSql` in @ansinh/io). Dates are ISO text, which
 * compares as the dates do; `absent` is a field left empty.
 */
export type Rule =
  | { readonly all: readonly Rule[] }
  | { readonly any: readonly Rule[] }
  | { readonly absent: DefinitionField }
  | { readonly present: DefinitionField }
  | { readonly compare: '=' | '<=' | '>'; readonly left: Operand; readonly right: Operand };

/** The parameters of a question about a month. */
export interface RuleParams {
  /** The month, `YYYY-MM`. */
  readonly period: string;
  /** Its last day, `YYYY-MM-DD`. */
  readonly monthEnd: string;
}

const field = (name: DefinitionField): Operand => ({ field: name });
const param = (name: 'monthEnd' | 'period'): Operand => ({ param: name });
const value = (text: string): Operand => ({ value: text });

/**
 * Who counts, written once. Every rate, residual list and warning in ansinh is built from these rules;
 * `personMonths` says how several counted lines of one person and month fold into one.
 */
export const coverageRules = {
  /** On the register at the end of the month: started by its last day, not stopped by then. */
  onRegister: {
    all: [
      { compare: '<=', left: field('since'), right: param('monthEnd') },
      { any: [{ absent: 'until' }, { compare: '>', left: field('until'), right: param('monthEnd') }] },
    ],
  },
  /** Holds an account at the end of the month: one opened on or before its last day. */
  holdsAccount: {
    all: [
      { present: 'accountOpenedOn' },
      { compare: '<=', left: field('accountOpenedOn'), right: param('monthEnd') },
    ],
  },
  /** A payment line that counts for the month: of that period, with status paid (`Đã chi`). */
  countedLine: {
    all: [
      { compare: '=', left: field('period'), right: param('period') },
      { compare: '=', left: field('status'), right: value('paid') },
    ],
  },
  /** A counted line paid into an account. */
  throughAccount: { compare: '=', left: field('channel'), right: value('account') },
  /** A counted line received by an authorised receiver (người được ủy quyền). */
  byAuthorisedReceiver: { compare: '=', left: field('receivedBy'), right: value('authorised_receiver') },
} as const satisfies Record<string, Rule>;

/** A row as the rules see it: its fields by name, empty ones `undefined`. */
export type RuleRow = Readonly<Partial<Record<DefinitionField, unknown>>>;

/**
 * A rule as a function of a row and the month's parameters, compiled once.
 *
 * @example compileRule(coverageRules.onRegister)({ since: '2024-05-01' }, { period: '2025-01', monthEnd: '2025-01-31' }); // => true
 */
export function compileRule(rule: Rule): (row: RuleRow, params: RuleParams) => boolean {
  if ('all' in rule) {
    const parts = rule.all.map(compileRule);
    return (row, params) => parts.every((part) => part(row, params));
  }
  if ('any' in rule) {
    const parts = rule.any.map(compileRule);
    return (row, params) => parts.some((part) => part(row, params));
  }
  if ('absent' in rule) {
    const name = rule.absent;
    return (row) => row[name] === undefined || row[name] === '';
  }
  if ('present' in rule) {
    const name = rule.present;
    return (row) => row[name] !== undefined && row[name] !== '';
  }
  const read = (operand: Operand): ((row: RuleRow, params: RuleParams) => unknown) =>
    'field' in operand
      ? (row) => row[operand.field]
      : 'param' in operand
        ? (_, params) => params[operand.param]
        : () => operand.value;
  const [left, right] = [read(rule.left), read(rule.right)];
  switch (rule.compare) {
    case '=':
      return (row, params) => left(row, params) === right(row, params);
    case '<=':
      return (row, params) => String(left(row, params)) <= String(right(row, params));
    case '>':
      return (row, params) => String(left(row, params)) > String(right(row, params));
  }
}
