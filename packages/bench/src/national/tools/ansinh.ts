// ansinh: the register streamed and validated into columns, payment lists likewise, then the columnar
// analyses of @ansinh/core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  beneficiaryIdsAt,
  type ColumnarRegister,
  columnarCoverageRates,
  columnarResidual,
  columnarSeries,
  createColumnarBuilder,
} from '@ansinh/core';
import { loadColumnar, parseCsv, readColumnar, readRegisterColumnar, saveColumnar } from '@ansinh/io';
import { type BenchData, benchMonth } from '../bench-data.js';
import type { BenchTool, UnitCount } from '../tasks.js';

const counts = (rows: ReturnType<typeof columnarCoverageRates>): UnitCount[] =>
  rows.map((r) => ({
    unit: r.unitCode,
    paid: r.paidThroughAccountRate.numerator,
    onRegister: r.paidThroughAccountRate.denominator,
  }));

export function ansinhTool(data: BenchData): BenchTool {
  let columns: ColumnarRegister | undefined;
  let saved: string | undefined;
  const loaded = () => {
    if (columns === undefined) throw new Error('ansinh: load() first');
    return columns;
  };
  const provinces = new Map(
    parseCsv(readFileSync(data.communes, 'utf8'))
      .records.slice(1)
      .map((r) => [r.fields[0] ?? '', r.fields[1] ?? '']),
  );
  return {
    name: 'ansinh',
    async readRegister() {
      const builder = createColumnarBuilder({ from: data.months[0] ?? '', to: data.months.at(-1) ?? '' });
      // One worker thread a core beside the main one, each reading a slice of the register.
      const report = await readRegisterColumnar(data.register, builder, {
        workers: availableParallelism() - 1,
      });
      if (report.rejected > 0)
        throw new Error(`ansinh rejected ${report.rejected} rows: ${JSON.stringify(report.issueCounts)}`);
      const built = builder.finish();
      let amount = 0;
      for (let i = 0; i < built.size; i += 1) amount += built.amountVnd[i] ?? 0;
      return { rows: report.accepted, communes: built.communes.length, amountVnd: amount };
    },
    async load() {
      const read = await readColumnar({
        register: data.register,
        payments: data.payments,
        from: data.months[0] ?? '',
        to: data.months.at(-1) ?? '',
        provinceOf: (code) => provinces.get(code) ?? '',
        // One worker thread a core for the payment lists (docs/benchmarks.md gives the sequential run too).
        workers: availableParallelism(),
      });
      const rejected = read.register.rejected + read.payments.reduce((s, r) => s + r.rejected, 0);
      if (rejected > 0) throw new Error(`ansinh rejected ${rejected} rows`);
      columns = read.columns;
    },
    async monthRates() {
      const c = loaded();
      return {
        communes: counts(columnarCoverageRates(c, benchMonth)),
        provinces: counts(columnarCoverageRates(c, benchMonth, { by: 'province' })),
      };
    },
    async provinceSeries() {
      return columnarSeries(loaded(), { by: 'province' }).map((r) => ({
        month: r.period,
        unit: r.unitCode,
        paid: r.paidThroughAccountRate.numerator,
        onRegister: r.paidThroughAccountRate.denominator,
      }));
    },
    async residual() {
      const c = loaded();
      return beneficiaryIdsAt(c, columnarResidual(c, benchMonth).notPaidThroughAccount);
    },
    async saveForReload() {
      saved = mkdtempSync(join(tmpdir(), 'ansinh-bench-'));
      const file = join(saved, 'columns.ansinh');
      await saveColumnar(loaded(), file);
      return async () => {
        const reopened = await loadColumnar(file);
        return {
          communes: counts(columnarCoverageRates(reopened, benchMonth)),
          provinces: counts(columnarCoverageRates(reopened, benchMonth, { by: 'province' })),
        };
      };
    },
    async close() {
      if (saved !== undefined) rmSync(saved, { recursive: true, force: true });
      columns = undefined;
    },
  };
}
