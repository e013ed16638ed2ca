// Flat records and counts: what the arquero and danfojs-node adapters exchange. Needs neither library.
import {
  dayNumber,
  fixedDecimalToNumber,
  lastDayOf,
  type Rate,
  ratePercent,
  type UnitCoverage,
} from '@ansinh/core';

/** A flat record of scalars, as data frames hold rows. */
export type FlatRecord = Readonly<Record<string, string | number | boolean | null>>;

const percent = (rate: Rate): number | null => {
  const printed = ratePercent(rate);
  return printed === undefined ? null : fixedDecimalToNumber(printed);
};

/**
 * Coverage rows as flat records for a data frame: the exact counts of each rate, and its percent as a
 * float (half-up, two decimals) for sorting and plotting. The counts stay the source of truth.
 *
 * @example coverageRecords([{ unitCode: '342', period: '2025-01', accountRate: rate(17472, 17475), paidThroughAccountRate: rate(17328, 17475), paidThroughAccountValueShare: rate(1, 1), authorisedReceiverShare: rate(0, 1) }])[0].paidRatePercent; // => 99.16
 */
export function coverageRecords(rows: readonly UnitCoverage[]): FlatRecord[] {
  return rows.map((r) => ({
    unitCode: r.unitCode,
    period: r.period,
    beneficiaries: r.accountRate.denominator,
    accountHolders: r.accountRate.numerator,
    accountRatePercent: percent(r.accountRate),
    paidThroughAccount: r.paidThroughAccountRate.numerator,
    paidRatePercent: percent(r.paidThroughAccountRate),
    vndPaid: r.paidThroughAccountValueShare.denominator,
    vndPaidThroughAccount: r.paidThroughAccountValueShare.numerator,
    valueSharePercent: percent(r.paidThroughAccountValueShare),
  }));
}

/** Counts of one month per commune, as the data-frame peers compute them. */
export interface FrameCoverage {
  readonly commune: readonly string[];
  readonly onRegister: readonly number[];
  readonly accountHolders: readonly number[];
}

/** The last day of a month as a day number (days since 1970-01-01): who is counted at the month's end. */
export const monthEndDay = (month: string): number => dayNumber(lastDayOf(month));
