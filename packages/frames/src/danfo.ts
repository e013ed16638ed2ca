// ansinh data as danfojs-node DataFrames (`@ansinh/frames/danfo`; needs the danfojs-node peer only).
import type { ColumnarRegister } from '@ansinh/core';
import { DataFrame, toJSON } from 'danfojs-node';
import { type FlatRecord, type FrameCoverage, monthEndDay } from './records.js';

/** Flat records as a danfojs-node DataFrame. */
export function toDanfo(records: readonly FlatRecord[]): DataFrame {
  return new DataFrame(records as object[]);
}

/** A danfojs-node DataFrame's rows as flat records. */
export function fromDanfo(frame: DataFrame): FlatRecord[] {
  return toJSON(frame, { format: 'column' }) as FlatRecord[];
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
