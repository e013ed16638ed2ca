// danfojs-node: readCSV (PapaParse underneath), then DataFrame masks, merge and groupby. Reads, does not
// validate. The heaviest of the peers: the benchmark says where it stops.
import { lastDayOf } from '@ansinh/core';
import { concat, type DataFrame, merge, readCSV, toJSON } from 'danfojs-node';
import { type BenchData, benchMonth } from '../bench-data.js';
import type { BenchTool, UnitCount } from '../tasks.js';

// The files start with a byte-order mark and a `#` notice line, which PapaParse's `comments` does not
// recognise behind the mark: the first line is skipped instead. Types are inferred, so key columns that
// look numeric are compared as text. (danfo's types leave PapaParse's options out, hence the cast.)
const csv = { skipFirstNLines: 1, skipEmptyLines: true } as unknown as Parameters<typeof readCSV>[1];
const communesCsv = { skipEmptyLines: true } as unknown as Parameters<typeof readCSV>[1];

export function danfoTool(data: BenchData): BenchTool {
  let register: DataFrame | undefined;
  let paid: DataFrame | undefined;
  let communes: DataFrame | undefined;
  const active = (month: string) => {
    const frame = register as DataFrame;
    const end = lastDayOf(month);
    const since = frame.column('since').values as string[];
    const until = frame.column('until').values as (string | null)[];
    const mask = since.map((s, i) => s <= end && (until[i] == null || String(until[i]) > end));
    return frame.loc({ rows: mask });
  };
  const paidIn = (month: string) => {
    const frame = paid as DataFrame;
    const mask = (frame.column('month').values as string[]).map((m) => m === month);
    return frame.loc({ rows: mask });
  };
  const counted = (month: string) => {
    const merged = merge({ left: active(month), right: paidIn(month), on: ['id'], how: 'left' }) as DataFrame;
    // Rows the left merge found no payment for hold NaN, not a month.
    const flags = (merged.column('month').values as unknown[]).map((m) => (typeof m === 'string' ? 1 : 0));
    merged.addColumn('paid', flags, { inplace: true });
    merged.addColumn(
      'one',
      flags.map(() => 1),
      { inplace: true },
    );
    return merge({ left: merged, right: communes as DataFrame, on: ['commune'], how: 'inner' }) as DataFrame;
  };
  const counts = (frame: DataFrame, key: string): UnitCount[] =>
    (
      toJSON(frame.groupby([key]).col(['paid', 'one']).sum(), { format: 'column' }) as Record<
        string,
        unknown
      >[]
    ).map((r) => ({ unit: String(r[key]), paid: Number(r.paid_sum), onRegister: Number(r.one_sum) }));
  return {
    name: 'danfojs-node',
    async readRegister() {
      const frame = (await readCSV(data.register, csv)) as DataFrame;
      const communes = new Set((frame.column('Mã xã').values as unknown[]).map(String)).size;
      return {
        rows: frame.shape[0] ?? 0,
        communes,
        amountVnd: Number(frame.column('Mức trợ cấp').sum()),
      };
    },
    async load() {
      const frame = (await readCSV(data.register, csv)) as DataFrame;
      register = frame.loc({
        columns: ['Mã đối tượng', 'Mã xã', 'Hưởng từ ngày', 'Dừng hưởng từ ngày'],
      }) as DataFrame;
      register.rename(
        { 'Mã đối tượng': 'id', 'Mã xã': 'commune', 'Hưởng từ ngày': 'since', 'Dừng hưởng từ ngày': 'until' },
        { inplace: true },
      );
      const lists: DataFrame[] = [];
      for (const file of data.payments) {
        const list = (await readCSV(file, csv)) as DataFrame;
        const status = list.column('Trạng thái').values as string[];
        const channel = list.column('Hình thức chi trả').values as string[];
        const keep = status.map((s, i) => s === 'Đã chi' && channel[i] === 'Qua tài khoản');
        const kept = list.loc({ rows: keep, columns: ['Mã đối tượng', 'Kỳ chi trả'] }) as DataFrame;
        kept.rename({ 'Mã đối tượng': 'id', 'Kỳ chi trả': 'month' }, { inplace: true });
        lists.push(kept);
      }
      paid = concat({ dfList: lists, axis: 0 }) as DataFrame;
      communes = (await readCSV(data.communes, communesCsv)) as DataFrame;
      communes.rename({ 'Mã xã': 'commune', 'Mã tỉnh': 'province' }, { inplace: true });
    },
    async monthRates() {
      const frame = counted(benchMonth);
      return { communes: counts(frame, 'commune'), provinces: counts(frame, 'province') };
    },
    async provinceSeries() {
      return data.months.flatMap((month) => counts(counted(month), 'province').map((r) => ({ ...r, month })));
    },
    async residual() {
      const frame = counted(benchMonth);
      const flags = frame.column('paid').values as number[];
      const ids = frame.column('id').values as unknown[];
      return ids.filter((_, i) => flags[i] === 0).map(String);
    },
    async close() {
      register = undefined;
      paid = undefined;
    },
  };
}
