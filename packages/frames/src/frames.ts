import {
  type ColumnarRegister,
  columnarCategories,
  dayNumber,
  fixedDecimalToNumber,
  lastDayOf,
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

/** Counts of one month per commune, as the data-frame peers compute them. */
export interface FrameCoverage {
  readonly commune: readonly string[];
  readonly onRegister: readonly number[];
  readonly accountHolders: readonly number[];
}

const monthEndDay = (month: string): number => dayNumber(lastDayOf(month));

/**
 * Who is on the register and who holds an account, per commune, at the end of a month, computed by
 * arquero (filter, derive, group, roll up) on `columnarToArquero`: the peer of `columnarCoverage`, for
 * notebooks and benchmarks. Communes with nobody on the register are left out; ordered by code.
 */
export function arqueroCoverage(register: ColumnarRegister, month: string): FrameCoverage {
  const rows = columnarToArquero(register)
    .params({ end: monthEndDay(month) })
    .filter(
      (d: { sinceDay: number; untilDay: number }, $: { end: number }) =>
        d.sinceDay <= $.end && d.untilDay > $.end,
    )
    .derive({ holder: (d: { accountDay: number }, $: { end: number }) => (d.accountDay <= $.end ? 1 : 0) })
    .groupby('commune')
    .rollup({ n: aq.op.count(), accounts: aq.op.sum('holder') })
    .orderby('commune')
    .objects() as { commune: string; n: number; accounts: number }[];
  return {
    commune: rows.map((r) => r.commune),
    onRegister: rows.map((r) => r.n),
    accountHolders: rows.map((r) => r.accounts),
  };
}

/**
 * The same counts computed by danfojs-node (a DataFrame of the month's register, grouped by commune and
 * summed). Heavier than arquero; the national notebook says how far it goes.
 */
export function danfoCoverage(register: ColumnarRegister, month: string): FrameCoverage {
  const end = monthEndDay(month);
  const commune: string[] = [];
  const holder: number[] = [];
  for (let i = 0; i < register.size; i += 1) {
    if ((register.sinceDay[i] ?? 0) > end || (register.untilDay[i] ?? 0) <= end) continue;
    commune.push(register.communes[register.commune[i] ?? 0] ?? '');
    holder.push((register.accountDay[i] ?? 0) <= end ? 1 : 0);
  }
  const frame = new DataFrame({ commune, holder, one: holder.map(() => 1) });
  const grouped = frame.groupby(['commune']).col(['holder', 'one']).sum();
  const rows = (
    toJSON(grouped, { format: 'column' }) as { commune: string; holder_sum: number; one_sum: number }[]
  ).sort((a, b) => a.commune.localeCompare(b.commune));
  return {
    commune: rows.map((r) => r.commune),
    onRegister: rows.map((r) => r.one_sum),
    accountHolders: rows.map((r) => r.holder_sum),
  };
}
