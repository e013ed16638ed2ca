import { lastDayOf } from '../calendar/months.js';
import type { PaymentRow } from '../models/register-row.js';
import { compileRule, coverageRules } from './definitions.js';

const countedLine = compileRule(coverageRules.countedLine);
const throughAccount = compileRule(coverageRules.throughAccount);
const byAuthorisedReceiver = compileRule(coverageRules.byAuthorisedReceiver);

/**
 * The payments of one person in one month, taken as one: the definition every engine follows (rows,
 * columns, DuckDB SQL). A person paid twice in a month (arrears, a second line) is one person paid:
 *
 * - **paid** when at least one line of the month has status paid; lines of other statuses do not count;
 * - **through an account** when at least one of those paid lines went into an account;
 * - **by an authorised receiver** when at least one of them was received by one;
 * - its **value** is the sum of the paid lines, and counts as paid through an account when the person was.
 */
export interface PersonMonth {
  readonly throughAccount: boolean;
  readonly byAuthorisedReceiver: boolean;
  readonly vnd: number;
}

/** The status a payment line must have to count (`Đã chi`), as `coverageRules.countedLine` says. */
export const countedPaymentStatus = 'paid' as const;

/**
 * Folds the counted lines of a month (`coverageRules.countedLine`) into one `PersonMonth` per beneficiary
 * key, in the order keys first appear. Lines of other months or statuses are left out. O(lines).
 *
 * @example personMonths([{ beneficiaryId: 'A', period: '2025-01', status: 'paid', channel: 'cash', receivedBy: 'beneficiary', amountVnd: 500000 }, { beneficiaryId: 'A', period: '2025-01', status: 'paid', channel: 'account', receivedBy: 'beneficiary', amountVnd: 500000 }], '2025-01').get('A'); // => { throughAccount: true, byAuthorisedReceiver: false, vnd: 1000000 }
 */
export function personMonths(
  payments: readonly Pick<
    PaymentRow,
    'beneficiaryId' | 'period' | 'status' | 'channel' | 'receivedBy' | 'amountVnd'
  >[],
  period: string,
): Map<string, PersonMonth> {
  const params = { period, monthEnd: lastDayOf(period) };
  const months = new Map<string, PersonMonth>();
  for (const payment of payments) {
    if (!countedLine(payment, params)) continue;
    const before = months.get(payment.beneficiaryId);
    months.set(payment.beneficiaryId, {
      throughAccount: (before?.throughAccount ?? false) || throughAccount(payment, params),
      byAuthorisedReceiver: (before?.byAuthorisedReceiver ?? false) || byAuthorisedReceiver(payment, params),
      vnd: (before?.vnd ?? 0) + payment.amountVnd,
    });
  }
  return months;
}
