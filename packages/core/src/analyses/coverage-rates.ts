import { lastDayOf } from '../calendar/months.js';
import { holdsAccount, onRegister } from '../coverage/on-register.js';
import { personMonths } from '../coverage/person-month.js';
import type { Rate } from '../indicators/rate.js';
import type { AdminUnit } from '../models/admin-unit.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { type CoverageLevel, createUnitMap, type UnitMap } from '../units/unit-map.js';

export type { CoverageLevel } from '../units/unit-map.js';

/** Coverage of one unit in one month. */
export interface UnitCoverage {
  /** The unit's code (commune, district, province, or the 2025 commune). */
  readonly unitCode: string;
  readonly period: string;
  /** Holders of an account ÷ beneficiaries on the register (headcount). */
  readonly accountRate: Rate;
  /** Paid into an account in the month ÷ beneficiaries on the register (headcount). */
  readonly paidThroughAccountRate: Rate;
  /** Dong paid to people paid through an account ÷ dong paid in the month (by value, labelled as such). */
  readonly paidThroughAccountValueShare: Rate;
  /** People paid by an authorised receiver ÷ people paid in the month (headcount). */
  readonly authorisedReceiverShare: Rate;
}

/**
 * Account rate, paid-through-account rate (headcount) and the share paid through accounts by value, for
 * one month, by commune or rolled up to district, province, or the 2025 communes through the unit map
 * (`createUnitMap`, the one every engine groups by). Every rate is a sum of counts over a sum of counts, never a mean of rates; the
 * denominator is everyone on the register that month (`onRegister`). Units are needed for any level above
 * the commune. O(register + payments).
 *
 * @example coverageRates(district.register, district.payments, '2025-01', { by: 'district', units })[0].paidThroughAccountRate; // => { numerator: 17328, denominator: 17475 }
 */
export function coverageRates(
  register: readonly RegisterRow[],
  payments: readonly PaymentRow[],
  period: string,
  options: {
    readonly by?: CoverageLevel;
    readonly units?: readonly AdminUnit[];
    /** The unit map to group by (default: built from `units` at the month's last day). */
    readonly unitMap?: UnitMap;
  } = {},
): UnitCoverage[] {
  const level = options.by ?? 'commune';
  const unitMap = options.unitMap ?? createUnitMap(options.units ?? [], lastDayOf(period));
  const byId = new Map<string, RegisterRow>();
  const tallies = new Map<
    string,
    {
      n: number;
      accounts: number;
      paid: number;
      vnd: number;
      vndAccount: number;
      payments: number;
      byReceiver: number;
    }
  >();
  const tally = (key: string) => {
    let t = tallies.get(key);
    if (t === undefined) {
      t = { n: 0, accounts: 0, paid: 0, vnd: 0, vndAccount: 0, payments: 0, byReceiver: 0 };
      tallies.set(key, t);
    }
    return t;
  };
  for (const row of register) {
    byId.set(row.id, row);
    if (!onRegister(row, period)) continue;
    const t = tally(unitMap.unitOfPlace(row.communeCode, row.village, level));
    t.n += 1;
    if (holdsAccount(row, period)) t.accounts += 1;
  }
  // Each person's payments of the month as one (`personMonths`): paid twice is paid once.
  for (const [id, month] of personMonths(payments, period)) {
    const row = byId.get(id);
    if (row === undefined || !onRegister(row, period)) continue;
    const t = tally(unitMap.unitOfPlace(row.communeCode, row.village, level));
    t.vnd += month.vnd;
    t.payments += 1;
    if (month.byAuthorisedReceiver) t.byReceiver += 1;
    if (month.throughAccount) {
      t.paid += 1;
      t.vndAccount += month.vnd;
    }
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unitCode, t]) => ({
      unitCode,
      period,
      accountRate: { numerator: t.accounts, denominator: t.n },
      paidThroughAccountRate: { numerator: t.paid, denominator: t.n },
      paidThroughAccountValueShare: { numerator: t.vndAccount, denominator: t.vnd },
      authorisedReceiverShare: { numerator: t.byReceiver, denominator: t.payments },
    }));
}
