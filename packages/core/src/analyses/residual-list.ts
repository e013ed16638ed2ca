import { lastDayOf } from '../calendar/months.js';
import { compileRule, coverageRules } from '../coverage/definitions.js';
import { holdsAccount, onRegister } from '../coverage/on-register.js';
import { personMonths } from '../coverage/person-month.js';

const countedLine = compileRule(coverageRules.countedLine);

import type { PaymentChannel } from '../models/payment.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { maskIdentifier, maskName } from '../privacy/mask-identifier.js';

/** One person a commune officer should visit, with why. */
export interface ResidualEntry {
  readonly id: string;
  /** Masked unless `reveal` was asked for (`N. V. A.`). */
  readonly fullName: string;
  /** Masked unless `reveal` (`********1234`); `undefined` when the register has no CCCD. */
  readonly nationalId: string | undefined;
  readonly communeCode: string;
  /** `undefined` when the register does not say. */
  readonly village: string | undefined;
  readonly hasAccount: boolean;
  /** How the person was paid in the month instead of through an account; `undefined` if not paid. */
  readonly channel: PaymentChannel | undefined;
  readonly authorisedReceiver: boolean;
  readonly outreach: {
    readonly aged80Plus: boolean;
    readonly severeDisability: boolean;
    readonly cannotTravel: boolean;
  };
}

/** The residual lists of a month. */
export interface ResidualLists {
  readonly period: string;
  /** On the register with no account at the end of the month. */
  readonly withoutAccount: readonly ResidualEntry[];
  /** On the register and not paid through an account in the month (includes those without one). */
  readonly notPaidThroughAccount: readonly ResidualEntry[];
}

/**
 * The lists a commune officer takes on home visits: who on the register has no account, and who was not
 * paid through one in the month (and how they were paid instead), sorted by commune, village and name,
 * with outreach flags (aged 80 or more in the period's year, severe disability, cannot travel). Names and
 * CCCD numbers are masked unless `reveal: true` (Decree 13/2023/NĐ-CP). O(register + payments).
 *
 * @example residualLists(district.register, district.payments, '2025-01').notPaidThroughAccount.length; // => 147
 */
export function residualLists(
  register: readonly RegisterRow[],
  payments: readonly PaymentRow[],
  period: string,
  options: { readonly reveal?: boolean } = {},
): ResidualLists {
  const year = Number(period.slice(0, 4));
  // Paid through an account if any paid line of the month was (`personMonths`); else how they were paid.
  const throughAccount = personMonths(payments, period);
  const paidBy = new Map<string, PaymentChannel>();
  const params = { period, monthEnd: lastDayOf(period) };
  for (const p of payments) {
    if (!countedLine(p, params)) continue;
    paidBy.set(
      p.beneficiaryId,
      throughAccount.get(p.beneficiaryId)?.throughAccount === true ? 'account' : p.channel,
    );
  }
  const entry = (row: RegisterRow): ResidualEntry => ({
    id: row.id,
    fullName: options.reveal === true ? row.fullName : maskName(row.fullName),
    nationalId:
      options.reveal === true || row.nationalId === undefined
        ? row.nationalId
        : maskIdentifier(row.nationalId),
    communeCode: row.communeCode,
    village: row.village,
    hasAccount: holdsAccount(row, period),
    channel: paidBy.get(row.id),
    authorisedReceiver: row.authorisedReceiver !== undefined,
    outreach: {
      aged80Plus: year - row.birthYear >= 80,
      severeDisability: row.severeDisability,
      cannotTravel: row.cannotTravel,
    },
  });
  const active = register
    .filter((row) => onRegister(row, period))
    .sort(
      (a, b) =>
        a.communeCode.localeCompare(b.communeCode) ||
        (a.village ?? '').localeCompare(b.village ?? '', 'vi', { numeric: true }) ||
        a.fullName.localeCompare(b.fullName, 'vi'),
    );
  return {
    period,
    withoutAccount: active.filter((row) => !holdsAccount(row, period)).map(entry),
    notPaidThroughAccount: active.filter((row) => paidBy.get(row.id) !== 'account').map(entry),
  };
}
