import { lastDayOf } from '../calendar/months.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { compileRule, coverageRules } from './definitions.js';
import { onRegister } from './on-register.js';

const countedLine = compileRule(coverageRules.countedLine);

/** Paid lines of a month that no coverage counts, and why: reported, never dropped in silence. */
export interface PaymentsOffRegister {
  readonly period: string;
  /** Paid lines whose beneficiary key is on no row of the register. */
  readonly unknownKey: { readonly lines: number; readonly people: number; readonly vnd: number };
  /** Paid lines of people on the register file but not on the register at the end of the month. */
  readonly notOnRegister: { readonly lines: number; readonly people: number; readonly vnd: number };
}

/**
 * The paid lines of a month that fall outside coverage (`coverageRates` and every other engine count only
 * people on the register at the end of the month): to a key the register does not hold, or to someone on
 * it who had stopped or not yet started. O(register + payments).
 *
 * @example paymentsOffRegister([], [{ beneficiaryId: 'X', period: '2025-01', status: 'paid', channel: 'cash', receivedBy: 'beneficiary', amountVnd: 500000 }], '2025-01').unknownKey; // => { lines: 1, people: 1, vnd: 500000 }
 */
export function paymentsOffRegister(
  register: readonly RegisterRow[],
  payments: readonly Pick<PaymentRow, 'beneficiaryId' | 'period' | 'status' | 'amountVnd'>[],
  period: string,
): PaymentsOffRegister {
  const byId = new Map<string, RegisterRow>();
  for (const row of register) byId.set(row.id, row);
  const unknown = { lines: 0, people: new Set<string>(), vnd: 0 };
  const off = { lines: 0, people: new Set<string>(), vnd: 0 };
  const params = { period, monthEnd: lastDayOf(period) };
  for (const payment of payments) {
    if (!countedLine(payment, params)) continue;
    const row = byId.get(payment.beneficiaryId);
    const into = row === undefined ? unknown : onRegister(row, period) ? undefined : off;
    if (into === undefined) continue;
    into.lines += 1;
    into.people.add(payment.beneficiaryId);
    into.vnd += payment.amountVnd;
  }
  const summary = (t: typeof unknown) => ({ lines: t.lines, people: t.people.size, vnd: t.vnd });
  return { period, unknownKey: summary(unknown), notOnRegister: summary(off) };
}
