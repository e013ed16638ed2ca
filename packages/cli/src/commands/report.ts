import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  checkPublishedFigures,
  flattenFigureSet,
  type Language,
  publishedFigureSetSchema,
  synthesizeDistrict,
} from '@ansinh/core';
import { buildReport } from '@ansinh/viz';
import { loadUnits } from '../load-dataset.js';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';

/** Options of `ansinh report`. */
export interface ReportOptions {
  readonly register: string | undefined;
  readonly payments: string | undefined;
  readonly period: string | undefined;
  readonly units: string;
  readonly out: string;
  readonly language: Language;
}

const articleFile = fileURLToPath(
  new URL('../../../../datasets/published-figures/tien-hai-2025-01.json', import.meta.url),
);

/**
 * `ansinh report [--register FILE --payments FILE] [--period YYYY-MM] [--out FILE]`: a self-contained
 * offline HTML report, for a register and its payment lists or, without them, for the bundled data (the
 * synthetic Tiền Hải calibrated to the article, and the article's figures checked). Exit 0, or 2 on bad
 * input.
 */
export async function report(options: ReportOptions, out: Output): Promise<number> {
  const vi = options.language === 'vi';
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  let input: Parameters<typeof buildReport>[0];
  if (options.register === undefined || options.payments === undefined) {
    const district = synthesizeDistrict(units.data, { seed: 2025 });
    const article = publishedFigureSetSchema.parse(JSON.parse(await readFile(articleFile, 'utf8')));
    input = {
      register: district.register,
      payments: district.payments,
      period: options.period ?? '2025-01',
      units: units.data,
      checks: checkPublishedFigures(flattenFigureSet(article), { units: units.data }),
      notice: vi
        ? 'Dữ liệu tổng hợp (không phải người thật), khớp với các số liệu của bài báo về Tiền Hải, tháng 1/2025.'
        : 'Synthetic data (not real people), calibrated to the article’s figures on Tiền Hải, January 2025.',
      language: options.language,
    };
  } else {
    const [register, payments] = await Promise.all([
      loadRegister(options.register),
      loadPayments(options.payments),
    ]);
    if (!register.ok || !payments.ok) {
      for (const loaded of [register, payments]) if (!loaded.ok) printIssues(out, loaded.issues);
      return 2;
    }
    const periods = [...new Set(payments.result.accepted.map((p) => p.period))].sort();
    const period = options.period ?? periods.at(-1);
    if (period === undefined) {
      out.error(vi ? 'Danh sách chi trả không có kỳ nào.' : 'The payment list holds no period.');
      return 2;
    }
    input = {
      register: register.result.accepted,
      payments: payments.result.accepted,
      period,
      units: units.data,
      language: options.language,
    };
  }
  await writeFile(options.out, await buildReport(input));
  out.print(vi ? `Đã ghi báo cáo: ${options.out}` : `Report written: ${options.out}`);
  return 0;
}
