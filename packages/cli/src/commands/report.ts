import { readFile, writeFile } from 'node:fs/promises';
import {
  checkPublishedFigures,
  flattenFigureSet,
  formatNumber,
  type Language,
  messagesIn,
  publishedFigureSetSchema,
  synthesizeDistrict,
} from '@ansinh/core';
import { buildReport } from '@ansinh/viz';
import { loadUnits } from '../load-dataset.js';
import { loadLists } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { outputProblem } from '../same-file.js';
import { articleFiguresFile } from '../shipped-data.js';

/** Options of `ansinh report`. */
export interface ReportOptions {
  readonly register: string | undefined;
  readonly payments: string | undefined;
  readonly period: string | undefined;
  readonly units: string;
  readonly out: string;
  readonly language: Language;
  readonly json: boolean;
}

/**
 * `ansinh report [--register FILE --payments FILE] [--period YYYY-MM] [--out FILE]`: a self-contained
 * offline HTML report, for a register and its payment lists or, without them, for the bundled data (the
 * synthetic Tiền Hải calibrated to the article, and the article's figures checked). Exit 0, or 2 on bad
 * input.
 */
export async function report(options: ReportOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  let input: Parameters<typeof buildReport>[0];
  if (options.register === undefined || options.payments === undefined) {
    const district = synthesizeDistrict(units.data, { seed: 2025 });
    const article = publishedFigureSetSchema.parse(JSON.parse(await readFile(articleFiguresFile, 'utf8')));
    input = {
      register: district.register,
      payments: district.payments,
      period: options.period ?? '2025-01',
      units: units.data,
      checks: checkPublishedFigures(flattenFigureSet(article), { units: units.data }),
      notice: messages.report.syntheticNotice,
      language: options.language,
    };
  } else {
    const loaded = await loadLists(
      options.register,
      options.payments.split(',').map((f) => f.trim()),
      units.data,
      options.period,
      options.language,
      out,
    );
    if (loaded === undefined) return 2;
    for (const input of loaded.inputs) {
      if (input.rejected > 0)
        out.error(
          messages.common.rejectedLeftOut(input.file, formatNumber(input.rejected, options.language)),
        );
    }
    const { period } = loaded;
    input = {
      register: loaded.register,
      payments: loaded.payments,
      period,
      units: units.data,
      language: options.language,
    };
  }
  const inputs = [options.register, options.payments].filter((f): f is string => f !== undefined);
  const problem = outputProblem(options.out, inputs);
  if (problem !== undefined) {
    out.error(
      problem === 'input'
        ? messages.common.outputIsInput(options.out)
        : messages.common.outputUnwritable(options.out, problem),
    );
    return 2;
  }
  await writeFile(options.out, await buildReport(input));
  if (options.json) out.print(JSON.stringify({ out: options.out, period: input.period }, null, 2));
  else out.print(messages.report.written(options.out));
  return 0;
}
