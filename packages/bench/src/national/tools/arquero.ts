// arquero: loadCSV (its own parser, types inferred, key columns kept as text), then verbs: filter, join,
// group, roll up. Reads, does not validate.
import { lastDayOf } from '@ansinh/core';
import * as aq from 'arquero';
import { type BenchData, benchMonth } from '../bench-data.js';
import type { BenchTool, UnitCount } from '../tasks.js';

type Table = aq.ColumnTable;

const asText = (value: string) => value;
// The files start with a byte-order mark and a `#` notice line: skip: 1 steps over both.
const csv = {
  skip: 1,
  parse: { 'Mã đối tượng': asText, 'Mã xã': asText, 'Số CCCD': asText, 'Số tài khoản': asText },
};

const registerColumns = {
  'Mã đối tượng': 'id',
  'Mã xã': 'commune',
  'Mức trợ cấp': 'amount',
  'Hưởng từ ngày': 'since',
  'Dừng hưởng từ ngày': 'until',
};

/** The end of a month in milliseconds, to compare with the dates arquero parsed. */
const endOf = (month: string) => new Date(`${lastDayOf(month)}T00:00:00Z`).getTime();

export function arqueroTool(data: BenchData): BenchTool {
  let register: Table | undefined;
  let paid: Table | undefined;
  let communes: Table | undefined;
  const active = (month: string) =>
    (register as Table)
      .params({ end: endOf(month) })
      .filter(
        (d: { since: Date; until: Date | null }, $: { end: number }) =>
          +d.since <= $.end && (d.until == null || +d.until > $.end),
      );
  const paidIn = (month: string) =>
    (paid as Table)
      .params({ month })
      .filter((d: { month: string }, $: { month: string }) => d.month === $.month)
      .derive({ paid: () => 1 })
      .select('id', 'paid');
  const counts = (table: Table, key: string): UnitCount[] =>
    (
      table
        .groupby(key)
        .rollup({ n: aq.op.count(), paid: aq.op.sum('paid') })
        .objects() as Record<string, unknown>[]
    ).map((r) => ({ unit: String(r[key]), paid: Number(r.paid ?? 0), onRegister: Number(r.n) }));
  return {
    name: 'arquero',
    async readRegister() {
      const table = await aq.loadCSV(data.register, csv);
      const summary = table
        .rollup({ n: aq.op.count(), communes: aq.op.distinct('Mã xã'), vnd: aq.op.sum('Mức trợ cấp') })
        .object() as { n: number; communes: number; vnd: number };
      return { rows: summary.n, communes: summary.communes, amountVnd: summary.vnd };
    },
    async load() {
      register = (await aq.loadCSV(data.register, csv)).select(registerColumns);
      const lists: Table[] = [];
      for (const file of data.payments) {
        lists.push(
          (await aq.loadCSV(file, { ...csv, parse: { ...csv.parse, 'Kỳ chi trả': asText } }))
            .filter(
              (d: Record<string, string>) =>
                d['Trạng thái'] === 'Đã chi' && d['Hình thức chi trả'] === 'Qua tài khoản',
            )
            .select({ 'Mã đối tượng': 'id', 'Kỳ chi trả': 'month' }),
        );
      }
      const [first, ...rest] = lists;
      paid = first === undefined ? undefined : first.concat(...rest);
      communes = (await aq.loadCSV(data.communes, { parse: { 'Mã xã': asText, 'Mã tỉnh': asText } })).select({
        'Mã xã': 'commune',
        'Mã tỉnh': 'province',
      });
    },
    async monthRates() {
      const counted = active(benchMonth)
        .join_left(paidIn(benchMonth), 'id')
        .join(communes as Table, 'commune');
      return { communes: counts(counted, 'commune'), provinces: counts(counted, 'province') };
    },
    async provinceSeries() {
      return data.months.flatMap((month) =>
        counts(
          active(month)
            .join_left(paidIn(month), 'id')
            .join(communes as Table, 'commune'),
          'province',
        ).map((r) => ({ ...r, month })),
      );
    },
    async residual() {
      return active(benchMonth).antijoin(paidIn(benchMonth), 'id').array('id') as string[];
    },
    async close() {
      register = undefined;
      paid = undefined;
    },
  };
}
