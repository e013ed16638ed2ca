import type { PaymentRow } from '../models/register-row.js';

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

/** The status a payment line must have to count (`Đã chi`). */
export const countedPaymentStatus = 'paid' as const;

/**
 * Folds the paid lines of a month into one `PersonMonth` per beneficiary key, in the order keys first
 * appear. Lines of other months or statuses are left out. O(lines).
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
  const months = new Map<string, PersonMonth>();
  for (const payment of payments) {
    if (payment.period !== period || payment.status !== countedPaymentStatus) continue;
    const before = months.get(payment.beneficiaryId);
    months.set(payment.beneficiaryId, {
      throughAccount: (before?.throughAccount ?? false) || payment.channel === 'account',
      byAuthorisedReceiver:
        (before?.byAuthorisedReceiver ?? false) || payment.receivedBy === 'authorised_receiver',
      vnd: (before?.vnd ?? 0) + payment.amountVnd,
    });
  }
  return months;
}
