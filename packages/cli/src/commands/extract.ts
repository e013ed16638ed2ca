import {
  type ExtractedFigure,
  formatFigurePeriod,
  formatLocality,
  formatNumber,
  type Language,
  maskedStrings,
  maskPersonalNumbers,
  messagesIn,
} from '@ansinh/core';
import { loadExtractionUnits } from '../load-dataset.js';
import { extractFromText } from '../load-figures.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { figureAsStated, figureIndicator } from '../render/describe-figure.js';
import { keepTogether, renderTextTable } from '../render/text-table.js';
import { nationalUnitsFile } from '../shipped-data.js';

/** Options of `ansinh extract`. */
export interface ExtractCommandOptions {
  readonly file: string;
  readonly units: string | undefined;
  readonly publishedOn: string | undefined;
  readonly language: Language;
  readonly json: boolean;
  /** Show the personal numbers the text quotes (CCCD, accounts) in full; masked by default. */
  readonly reveal: boolean;
}

const roleLabels: Readonly<Record<ExtractedFigure['evidence'][number]['role'], { vi: string; en: string }>> =
  {
    numerator: { vi: 'tử số', en: 'numerator' },
    denominator: { vi: 'mẫu số', en: 'denominator' },
    percent: { vi: 'tỷ lệ', en: 'percent' },
    count: { vi: 'số', en: 'count' },
    amount: { vi: 'số tiền', en: 'amount' },
    target: { vi: 'chỉ tiêu', en: 'target' },
    rank: { vi: 'hạng', en: 'rank' },
    locality: { vi: 'địa bàn', en: 'place' },
    period: { vi: 'kỳ', en: 'period' },
    indicator: { vi: 'chỉ số', en: 'indicator' },
    population: { vi: 'nhóm', en: 'who' },
    implied: { vi: 'suy ra', en: 'implied' },
  };

/**
 * `ansinh extract FILE|-`: the figures a Vietnamese text states, with where each came from (character
 * offsets) and the words that decided its place, period, population and indicator. JSON output is a
 * figure set that `ansinh reproduce` reads back. The table masks the personal numbers the text quotes (CCCD,
 * bank accounts: `maskPersonalNumbers`) unless `reveal`; the JSON is the text's own. Exit 0, or 2 when the
 * input cannot be read.
 */
export async function extract(options: ExtractCommandOptions, out: Output): Promise<number> {
  const { language } = options;
  const messages = messagesIn(language);
  const x = messages.extract;
  const units = await loadExtractionUnits(options.units, nationalUnitsFile);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  const result = await extractFromText(options.file, { ...units.data, publishedOn: options.publishedOn });
  if (!result.ok) {
    printIssues(out, result.issues);
    return 2;
  }
  const figures = result.loaded.extracted ?? [];
  if (options.json) {
    const json = { source: result.loaded.set.source, figures };
    out.print(JSON.stringify(json, options.reveal ? undefined : maskedStrings, 2));
    return 0;
  }
  if (figures.length === 0) {
    out.print(x.none);
    out.error(x.noneWhy);
    return 0;
  }
  out.print(x.found(formatNumber(figures.length, language)));
  out.print('');
  const quoted = options.reveal ? (text: string) => text : maskPersonalNumbers;
  const rows = figures.map((figure, index) => [
    String(index + 1),
    formatLocality(figure.locality, language),
    figureIndicator(figure, language),
    formatFigurePeriod(figure.period, language),
    keepTogether(quoted(figureAsStated(figure, language))),
    figure.evidence
      .map((e) => `${roleLabels[e.role][language]}: “${quoted(e.span.text)}” @${e.span.start}`)
      .join('; '),
  ]);
  out.print(
    renderTextTable(
      [
        { heading: '#', maxWidth: 3 },
        { heading: x.headings.locality, maxWidth: 18 },
        { heading: x.headings.indicator, maxWidth: 22 },
        { heading: x.headings.period, maxWidth: 14 },
        { heading: x.headings.asStated, maxWidth: 26 },
        { heading: x.headings.fromWords, maxWidth: 60 },
      ],
      rows,
      out.columns,
    ),
  );
  return 0;
}
