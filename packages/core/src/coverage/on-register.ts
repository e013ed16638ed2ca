import { lastDayOf } from '../calendar/months.js';
import type { RegisterRow } from '../models/register-row.js';
import { compileRule, coverageRules } from './definitions.js';

const onRegisterRule = compileRule(coverageRules.onRegister);
const holdsAccountRule = compileRule(coverageRules.holdsAccount);

/**
 * Whether a person is on the register for a month (`coverageRules.onRegister`): started by its last day
 * and not stopped by then. This is the denominator of every rate (all monthly beneficiaries of the period).
 *
 * @example onRegister({ since: '2024-01-01', until: '2025-02-01' }, '2025-01'); // => true
 */
export function onRegister(row: Pick<RegisterRow, 'since' | 'until'>, month: string): boolean {
  return onRegisterRule(row, { period: month, monthEnd: lastDayOf(month) });
}

/**
 * Whether a person holds an account at the end of a month (`coverageRules.holdsAccount`): opened on or
 * before its last day.
 *
 * @example holdsAccount({ accountOpenedOn: '2025-01-31' }, '2025-01'); // => true
 */
export function holdsAccount(row: Pick<RegisterRow, 'accountOpenedOn'>, month: string): boolean {
  return holdsAccountRule(row, { period: month, monthEnd: lastDayOf(month) });
}
