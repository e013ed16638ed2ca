import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AdminUnit,
  asScored,
  type ExtractedFigure,
  extractFigures,
  type GoldFigure,
  type Language,
  type PageScore,
  type ScoreTotals,
  scoreExtraction,
} from '@ansinh/core';
import { loadUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { readGoldSet } from '../read-gold-set.js';
import { printable, printableLine } from '../render/printable.js';
import { renderTextTable } from '../render/text-table.js';

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
  return language === 'vi' ? text.replace('.', ',') : text;
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
  const vi = options.language === 'vi';
  const dir = options.dir ?? defaultGoldDirs.find((candidate) => existsSync(join(candidate, 'gold.jsonl')));
  if (dir === undefined) {
    out.error(
      vi
        ? `Không thấy bộ chú giải; hãy chỉ thư mục có articles/ và gold.jsonl / no gold set found; name a folder with articles/ and gold.jsonl (tried ${defaultGoldDirs.join(', ')})`
        : `No gold set found; name a folder with articles/ and gold.jsonl (tried ${defaultGoldDirs.join(', ')}) / không thấy bộ chú giải`,
    );
    return 2;
  }
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  const set = await readGoldSet(dir);
  if (!set.ok) {
    printIssues(out, set.issues);
    return 2;
  }
  const unitList: readonly AdminUnit[] = units.data;
  const extracted = new Map<string, ExtractedFigure[]>();
  const score = scoreExtraction(
    set.pages.map((page) => {
      const figures = extractFigures(page.text, { units: unitList });
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

  out.print(printableLine(vi ? `Đánh giá trích xuất số liệu: ${dir}` : `Extraction scored against: ${dir}`));
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
  const headings = vi
    ? ['Trang', 'Chú giải', 'Trọn vẹn', 'Một phần', 'Bỏ sót', 'Trích được', 'Bịa ra']
    : ['Page', 'Gold', 'Whole', 'In part', 'Missed', 'Extracted', 'Invented'];
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
      (vi
        ? ['Tập', 'Chú giải', 'Trọn vẹn', 'Một phần', 'Bỏ sót', 'Bịa ra', 'Độ phủ', 'Độ chính xác']
        : ['Subset', 'Gold', 'Whole', 'In part', 'Missed', 'Invented', 'Recall', 'Precision']
      ).map((heading) => ({ heading, maxWidth: 22 })),
      [
        totalRow(vi ? 'tất cả' : 'all', score.totals.all),
        totalRow(vi ? 'trừ chỉ số khác' : 'without other', score.totals.withoutOther),
        totalRow(vi ? 'trừ chỉ tiêu' : 'without targets', score.totals.withoutTargets),
      ],
      out.columns,
    ),
  );
  out.print('');
  const { consistency } = score;
  out.print(
    vi
      ? `Kiểm tra tính nhất quán: ${consistency.annotated} số liệu có chú giải, ${consistency.found} được trích trọn vẹn, bộ kiểm tra đồng ý ${consistency.agreed}; báo mâu thuẫn sai: ${score.falseInconsistent}.`
      : `Consistency: ${consistency.annotated} annotated, ${consistency.found} found whole, the checker agrees on ${consistency.agreed}; false "inconsistent": ${score.falseInconsistent}.`,
  );
  const misses = score.pages.flatMap((page) =>
    page.outcomes
      .filter((o) => o.outcome !== 'whole')
      .map((o) => {
        const figure = extracted.get(page.article)?.find((f) => f.id === o.figureId);
        return `${o.gold.id} ${
          o.outcome === 'part'
            ? `${vi ? 'một phần' : 'in part'} (${o.differs.join(', ')})`
            : vi
              ? 'bỏ sót'
              : 'missed'
        }\n    ${vi ? 'chú giải' : 'gold'}: ${goldText(o.gold)}${
          figure === undefined ? '' : `\n    ${vi ? 'trích được' : 'found'}: ${describe(figure)}`
        }`;
      }),
  );
  const invented = score.pages.flatMap((page) =>
    page.inventedIds.map(
      (id) => `${page.article} ${describe(extracted.get(page.article)?.find((f) => f.id === id))}`,
    ),
  );
  if (misses.length > 0) {
    out.print('');
    out.print(vi ? 'Chưa trọn vẹn:' : 'Not found whole:');
    for (const line of misses) out.print(`  ${printable(line)}`);
  }
  if (invented.length > 0) {
    out.print('');
    out.print(vi ? 'Bịa ra (không khớp số nào được nêu):' : 'Invented (match nothing stated):');
    for (const line of invented) out.print(`  ${printable(line)}`);
  }
  return 0;
}
