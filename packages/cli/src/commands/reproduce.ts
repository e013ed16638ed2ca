import {
  checkPublishedFigures,
  cliMessages,
  type DerivedCount,
  deriveUncovered,
  type FigureCheck,
  flattenFigureSet,
  formatFigurePeriod,
  formatFixedDecimal,
  formatLocality,
  formatNumber,
  formatPercent,
  reproductionHeadings as h,
  type Language,
  maskedStrings,
  maskPersonalNumbers,
  messagesIn,
  populationLabels,
  roundingLabels,
  verdictLabels,
  words,
} from '@ansinh/core';
import { expandInputPaths } from '../expand-input-paths.js';
import { type FileIssue, loadExtractionUnits } from '../load-dataset.js';
import { loadFigures } from '../load-figures.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { figureAsStated, figureIndicator } from '../render/describe-figure.js';
import { printableLine } from '../render/printable.js';
import { keepTogether, renderTextTable } from '../render/text-table.js';
import { nationalUnitsFile } from '../shipped-data.js';

/** Options of `ansinh reproduce`. */
export interface ReproduceOptions {
  readonly files: readonly string[];
  /** Administrative units (`AdminUnitSet` JSON), to check communes against their districts. */
  readonly units: string | undefined;
  /** Publication date of text inputs (ISO), for `đến nay`. */
  readonly publishedOn: string | undefined;
  readonly language: Language;
  readonly json: boolean;
  /** Show the personal numbers the inputs quote (CCCD, accounts) in full; masked by default. */
  readonly reveal: boolean;
}

function row(check: FigureCheck, language: Language, quoted: (text: string) => string): string[] {
  const { figure, recomputed } = check;
  return [
    formatLocality(figure.locality, language),
    figureIndicator(figure, language),
    formatFigurePeriod(figure.period, language),
    keepTogether(quoted(figureAsStated(figure, language))),
    recomputed === undefined
      ? '—'
      : keepTogether(
          `${formatNumber(recomputed.numerator, language)}/${formatNumber(recomputed.denominator.value, language)} → ${formatPercent(recomputed.percent, language)}`,
        ),
    recomputed === undefined
      ? '—'
      : `${formatNumber(recomputed.denominator.value, language)} ${populationLabels[recomputed.denominator.population][language]}`,
    recomputed === undefined
      ? '—'
      : `${roundingLabels[recomputed.rounding][language]}, ${recomputed.decimals} ${words.decimals[language]}`,
    verdictLabels[check.verdict][language],
    check.reason[language],
  ];
}

function derivedRow(derived: DerivedCount, language: Language): string[] {
  return [
    formatLocality(derived.locality, language),
    derived.label[language],
    formatFigurePeriod(derived.period, language),
    `${formatNumber(derived.denominator, language)} − ${formatNumber(derived.numerator, language)}`,
    formatNumber(derived.value, language),
  ];
}

function toJson(check: FigureCheck) {
  const { figure, recomputed } = check;
  return {
    id: figure.id,
    kind: figure.kind,
    locality: figure.locality,
    period: figure.period,
    indicator: figure.kind === 'rate' || figure.kind === 'rank' ? figure.indicator : undefined,
    verdict: check.verdict,
    mustReproduce: check.mustReproduce,
    recomputed:
      recomputed === undefined
        ? undefined
        : {
            numerator: recomputed.numerator,
            denominator: recomputed.denominator.value,
            denominatorPopulation: recomputed.denominator.population,
            rounding: recomputed.rounding,
            decimals: recomputed.decimals,
            percent: formatFixedDecimal(recomputed.percent),
          },
    reason: check.reason,
  };
}

/**
 * `ansinh reproduce PATH…`: recomputes every published figure in the given dataset files (every `.json`
 * file of a given folder), or extracted from the given texts (any other file, or `-` for standard input),
 * each file once however often it is named, and prints a table (or JSON). The table and its sources mask
 * the personal numbers they quote (CCCD, bank accounts: `maskPersonalNumbers`) unless `reveal`. Exit code 0 when no figure is inconsistent, 1 when one is (from a dataset or a text,
 * as `check`), 2 when a file cannot be read or fails its schema, or a folder holds no `.json` file.
 */
export async function reproduce(options: ReproduceOptions, out: Output): Promise<number> {
  const { language } = options;
  const messages = messagesIn(language);
  const m = messages.reproduce;
  const checks: FigureCheck[] = [];
  const titles: string[] = [];
  let refused = 0;
  const report = (issues: readonly FileIssue[]) => {
    refused += 1;
    printIssues(out, issues);
  };
  const loadedUnits = await loadExtractionUnits(options.units, nationalUnitsFile);
  if (!loadedUnits.ok) report(loadedUnits.issues);
  const units = loadedUnits.ok ? loadedUnits.data.units : [];
  const bareNames = loadedUnits.ok ? loadedUnits.data.bareNames : true;
  const inputs = await expandInputPaths(options.files);
  for (const issue of inputs.issues) report([issue]);
  for (const file of inputs.files) {
    const result = await loadFigures(file, { units, bareNames, publishedOn: options.publishedOn });
    if (!result.ok) {
      report(result.issues);
      continue;
    }
    titles.push(result.loaded.set.source.title);
    for (const check of checkPublishedFigures(flattenFigureSet(result.loaded.set), { units })) {
      checks.push(check);
    }
  }
  if (refused > 0) {
    out.error(m.refused(refused));
    return 2;
  }
  const derived = deriveUncovered(checks);
  // Any figure found inconsistent fails the run, as `check` does: from a dataset or a text.
  const failed = checks.filter((c) => c.verdict === 'inconsistent');

  if (options.json) {
    out.print(
      JSON.stringify(
        {
          sources: titles,
          figures: checks.map(toJson),
          derived: derived.map((d) => ({ ...d, label: d.label })),
        },
        options.reveal ? undefined : maskedStrings,
        2,
      ),
    );
    return failed.length > 0 ? 1 : 0;
  }

  out.print(m.title);
  const quoted = options.reveal ? (text: string) => text : maskPersonalNumbers;
  for (const title of titles) out.print(`${m.source}: ${printableLine(quoted(title))}`);
  out.print('');
  const columns = [
    { heading: h.locality[language], maxWidth: 16 },
    { heading: h.indicator[language], maxWidth: 18 },
    { heading: h.period[language], maxWidth: 12 },
    { heading: h.published[language], maxWidth: 24 },
    { heading: h.recomputed[language], maxWidth: 24 },
    { heading: h.denominator[language], maxWidth: 16 },
    { heading: h.rounding[language], maxWidth: 14 },
    { heading: h.verdict[language], maxWidth: 14 },
    { heading: h.reason[language], maxWidth: 56 },
  ];
  out.print(
    renderTextTable(
      columns,
      checks.map((c) => row(c, language, quoted)),
      out.columns,
    ),
  );
  out.print('');
  out.print(m.legend);
  if (derived.length > 0) {
    out.print('');
    out.print(m.derivedTitle);
    out.print('');
    out.print(
      renderTextTable(
        [
          { heading: h.locality[language], maxWidth: 20 },
          { heading: m.headings.who, maxWidth: 34 },
          { heading: h.period[language], maxWidth: 14 },
          { heading: m.headings.formula, maxWidth: 20 },
          { heading: m.headings.people, maxWidth: 8 },
        ],
        derived.map((d) => derivedRow(d, language)),
      ),
    );
  }
  const counts = new Map<string, number>();
  for (const check of checks) counts.set(check.verdict, (counts.get(check.verdict) ?? 0) + 1);
  const summary = [...counts.entries()]
    .map(([verdict, n]) => `${n} ${verdictLabels[verdict as FigureCheck['verdict']][language]}`)
    .join('; ');
  out.print('');
  out.print(`${m.figures(checks.length)}: ${summary}.`);
  if (failed.length > 0) {
    out.error(messages.pick(cliMessages.inconsistentFigures(failed.map((c) => c.figure.id))));
    return 1;
  }
  return 0;
}
