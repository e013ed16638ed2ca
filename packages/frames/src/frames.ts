import {
  type ColumnarRegister,
  columnarCategories,
  fixedDecimalToNumber,
  type Rate,
  ratePercent,
  type UnitCoverage,
} from '@ansinh/core';
import * as aq from 'arquero';
import { DataFrame, toJSON } from 'danfojs-node';

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

/** Flat records as an arquero table. */
export function toArquero(records: readonly FlatRecord[]): aq.ColumnTable {
  return aq.from(records as object[]);
}

/** An arquero table's rows as flat records. */
export function fromArquero(table: aq.ColumnTable): FlatRecord[] {
  return table.objects() as FlatRecord[];
}

/** Flat records as a danfojs-node DataFrame. */
export function toDanfo(records: readonly FlatRecord[]): DataFrame {
  return new DataFrame(records as object[]);
}

/** A danfojs-node DataFrame's rows as flat records. */
export function fromDanfo(frame: DataFrame): FlatRecord[] {
  return toJSON(frame, { format: 'column' }) as FlatRecord[];
}

/**
 * A columnar register as an arquero table, sharing its typed arrays (no copy of the numeric columns):
 * commune codes and categories decoded, dates as day numbers (days since 1970-01-01).
 */
export function columnarToArquero(register: ColumnarRegister): aq.ColumnTable {
  return aq.table({
    commune: Array.from(register.commune, (c) => register.communes[c] ?? ''),
    category: Array.from(register.category, (c) => columnarCategories[c] ?? ''),
    birthYear: register.birthYear,
    amountVnd: register.amountVnd,
    sinceDay: register.sinceDay,
    untilDay: register.untilDay,
    accountDay: register.accountDay,
  });
}
