import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AdminUnit,
  asScored,
  type ExtractedFigure,
  extractFigures,
  type GoldFigure,
  type Language,
  messagesIn,
  type PageScore,
  type ScoreTotals,
  scoreExtraction,
} from '@ansinh/core';
import { loadExtractionUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { readGoldSet } from '../read-gold-set.js';
import { printable, printableLine } from '../render/printable.js';
import { renderTextTable } from '../render/text-table.js';
import { nationalUnitsFile } from '../shipped-data.js';

/** Options of `ansinh eval-extract`. */
export interface EvalExtractOptions {
  /** The gold set: a folder with `articles/*.txt` and `gold.jsonl`; undefined for the default. */
  readonly dir: string | undefined;
  readonly units: string | undefined;
  readonly language: Language;
  readonly json: boolean;
}

/** Where the gold set is when none is named: the shared development corpus, else the project's own set. */
export const defaultGoldDirs = ['../shared/corpus', 'datasets/extraction-eval'] as const;

const percentIn = (language: Language) => (value: number) => {
  const text = `${(value * 100).toFixed(1)}%`;
  return text.replace('.', messagesIn(language).evalExtract.decimalMark);
};

function describe(figure: ExtractedFigure | undefined): string {
  if (figure === undefined) return '—';
  const scored = asScored(figure);
  if (scored === undefined) return figure.id;
  const number = (n: { value: number; qualifier: string } | undefined) =>
    n === undefined ? '?' : `${n.qualifier === 'exact' ? '' : `${n.qualifier} `}${n.value}`;
  return `${scored.places[0]} · ${scored.indicator} · ${scored.group} · ${scored.period ?? '—'} · ${number(
    scored.numerator,
  )}/${number(scored.denominator)}${scored.percent === undefined ? '' : ` → ${number(scored.percent)}%`}`;
}

function goldText(gold: GoldFigure): string {
  const number = (value: number | null, qualifier: string | null) =>
    value === null ? '?' : `${qualifier === 'exact' || qualifier === null ? '' : `${qualifier} `}${value}`;
  return `${gold.place} · ${gold.indicator} · ${gold.group} · ${gold.period ?? '—'} · ${number(
    gold.numerator,
    gold.qualifier_numerator,
  )}/${number(gold.denominator, gold.qualifier_denominator)}${
    gold.percent === null ? '' : ` → ${number(gold.percent, gold.qualifier_percent)}%`
  }`;
}

/**
 * `ansinh eval-extract [DIR]`: runs the extractor on every page of a gold set (a folder with `articles/`
 * and `gold.jsonl`, in the format of shared/corpus/README.md) and scores it: per page, the gold figures
 * found whole, found in part (and what differs), missed, and the extracted figures that match nothing
 * stated (invented); totals with and without the `other` indicator and targets; the checker's verdicts on
 * the figures whose consistency is annotated. `--json` prints the whole score. Exit 0, or 2 when the set
 * cannot be read or breaks its format (`readGoldSet`: the file, line and field are named).
 */
export async function evalExtract(options: EvalExtractOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  const e = messages.evalExtract;
  const dir = options.dir ?? defaultGoldDirs.find((candidate) => existsSync(join(candidate, 'gold.jsonl')));
  if (dir === undefined) {
    out.error(e.noGoldSet(defaultGoldDirs.join(', ')));
    return 2;
  }
  const units = await loadExtractionUnits(options.units, nationalUnitsFile);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  const set = await readGoldSet(dir);
  if (!set.ok) {
    printIssues(out, set.issues);
    return 2;
  }
  const unitList: readonly AdminUnit[] = units.data.units;
  const extracted = new Map<string, ExtractedFigure[]>();
  const score = scoreExtraction(
    set.pages.map((page) => {
      const figures = extractFigures(page.text, { units: unitList, bareNames: units.data.bareNames });
      extracted.set(page.article, figures);
      return {
        article: page.article,
        extracted: figures,
        gold: set.gold.filter((g) => g.article === page.article),
      };
    }),
  );

  if (options.json) {
    out.print(JSON.stringify({ dir, ...score }, null, 2));
    return 0;
  }

  out.print(printableLine(e.scoredAgainst(dir)));
  out.print('');
  const row = (page: PageScore) => [
    page.article,
    String(page.gold),
    String(page.whole),
    String(page.part),
    String(page.missed),
    String(page.extracted),
    String(page.invented),
  ];
  const h = e.headings;
  const headings = [h.page, h.gold, h.whole, h.inPart, h.missed, h.extracted, h.invented];
  out.print(
    renderTextTable(
      headings.map((heading) => ({ heading, maxWidth: 12 })),
      score.pages.map(row),
      out.columns,
    ),
  );
  out.print('');
  const percent = percentIn(options.language);
  const totalRow = (label: string, t: ScoreTotals) => [
    label,
    String(t.gold),
    String(t.whole),
    String(t.part),
    String(t.missed),
    String(t.invented),
    percent(t.recall),
    percent(t.precision),
  ];
  out.print(
    renderTextTable(
      [h.subset, h.gold, h.whole, h.inPart, h.missed, h.invented, h.recall, h.precision].map((heading) => ({
        heading,
        maxWidth: 22,
      })),
      [
        totalRow(e.totals.all, score.totals.all),
        totalRow(e.totals.withoutOther, score.totals.withoutOther),
        totalRow(e.totals.withoutTargets, score.totals.withoutTargets),
      ],
      out.columns,
    ),
  );
  out.print('');
  const { consistency } = score;
  out.print(
    e.consistency(consistency.annotated, consistency.found, consistency.agreed, score.falseInconsistent),
  );
  const misses = score.pages.flatMap((page) =>
    page.outcomes
      .filter((o) => o.outcome !== 'whole')
      .map((o) => {
        const figure = extracted.get(page.article)?.find((f) => f.id === o.figureId);
        return `${o.gold.id} ${o.outcome === 'part' ? `${e.inPart} (${o.differs.join(', ')})` : e.missed}\n    ${
          e.gold
        }: ${goldText(o.gold)}${figure === undefined ? '' : `\n    ${e.found}: ${describe(figure)}`}`;
      }),
  );
  const invented = score.pages.flatMap((page) =>
    page.inventedIds.map(
      (id) => `${page.article} ${describe(extracted.get(page.article)?.find((f) => f.id === id))}`,
    ),
  );
  if (misses.length > 0) {
    out.print('');
    out.print(e.notWhole);
    for (const line of misses) out.print(`  ${printable(line)}`);
  }
  if (invented.length > 0) {
    out.print('');
    out.print(e.invented);
    for (const line of invented) out.print(`  ${printable(line)}`);
  }
  return 0;
}
