// ansinh data as arquero tables (`@ansinh/frames/arquero`; needs the arquero peer only).
import { type ColumnarRegister, columnarCategories } from '@ansinh/core';
import * as aq from 'arquero';
import { type FlatRecord, type FrameCoverage, monthEndDay } from './records.js';

/** Flat records as an arquero table. */
export function toArquero(records: readonly FlatRecord[]): aq.ColumnTable {
  return aq.from(records as object[]);
}

/** An arquero table's rows as flat records. */
export function fromArquero(table: aq.ColumnTable): FlatRecord[] {
  return table.objects() as FlatRecord[];
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
