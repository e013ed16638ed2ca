import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cliMessages, type GoldFigure, goldFigureSchema } from '@ansinh/core';
import { inBothLanguages } from './in-both-languages.js';
import type { FileIssue } from './load-dataset.js';
import { readText } from './read-text.js';

/** A gold set read from disk: its pages (`articles/*.txt`) and its figures (`gold.jsonl`). */
export interface GoldSet {
  readonly pages: readonly { readonly article: string; readonly text: string }[];
  readonly gold: readonly GoldFigure[];
}

/**
 * The number a percent prints, as JSON would write it: the first number of the text, its last separator
 * the decimal mark (`62,20%` → 62.2, `99.46 per cent` → 99.46, `99:46%` → 99.46, a typo the corpus keeps),
 * any before it grouping thousands. `undefined` when the text holds no number.
 *
 * @example printedPercent('64,70%'); // => 64.7
 */
export function printedPercent(text: string): number | undefined {
  const match = /\d+(?:[.,:]\d+)*/u.exec(text);
  if (match === null) return undefined;
  const parts = match[0].split(/[.,:]/u);
  const decimals = parts.length > 1 ? parts.pop() : undefined;
  return Number(`${parts.join('')}${decimals === undefined ? '' : `.${decimals}`}`);
}

/** What is wrong with one gold figure beyond its schema, as `[field, message]` pairs. */
function figureProblems(figure: GoldFigure): [string, ReturnType<typeof cliMessages.goldEmpty>][] {
  const problems: [string, ReturnType<typeof cliMessages.goldEmpty>][] = [];
  for (const field of ['numerator', 'denominator'] as const) {
    const value = figure[field];
    if (value !== null && !(Number.isSafeInteger(value) && value >= 0)) {
      problems.push([field, cliMessages.goldNotACount(value)]);
    }
  }
  const printed = figure.percent_text === null ? null : printedPercent(figure.percent_text);
  if (figure.percent !== printed && !(figure.percent === null && figure.percent_text === null)) {
    problems.push(['percent', cliMessages.goldPercentMismatch(figure.percent, figure.percent_text)]);
  }
  return problems;
}

/**
 * Reads and checks a gold set: a folder with `articles/*.txt` and `gold.jsonl` in the format of
 * shared/corpus/README.md, written by hand. Every problem comes back as data naming the file and line
 * (`gold.jsonl:7`), the field and what was expected: a line that is not JSON or breaks the schema, an id
 * used twice, a count that is negative or fractional, a percent that is not the number its `percent_text`
 * prints, an article that is not in `articles/`, a quote that is not in its article, an empty gold file,
 * a file that is not UTF-8 text (a UTF-8 BOM is fine). O(size of the set).
 */
export async function readGoldSet(
  dir: string,
): Promise<
  ({ readonly ok: true } & GoldSet) | { readonly ok: false; readonly issues: readonly FileIssue[] }
> {
  const goldFile = join(dir, 'gold.jsonl');
  const articles = join(dir, 'articles');
  const read = await readText(goldFile);
  if (!read.ok) return read;
  // Issues in the order of the lines of gold.jsonl, then those of the articles (line 0 for the whole file).
  const found: { line: number; issue: FileIssue }[] = [];
  const at = (line: number, item: FileIssue) => {
    found.push({ line, issue: item });
  };
  const issue = (line: number, path: string, code: string, message: { vi: string; en: string }) => {
    at(line, { file: `${goldFile}:${line}`, path, code, message: inBothLanguages(message) });
  };
  const sorted = () => found.sort((a, b) => a.line - b.line).map((f) => f.issue);
  const gold: { figure: GoldFigure; line: number }[] = [];
  const firstLineOf = new Map<string, number>();
  read.data.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      at(line, {
        file: `${goldFile}:${line}`,
        path: '',
        code: 'invalid_json',
        message: inBothLanguages({
          vi: `JSON không hợp lệ (${(error as Error).message})`,
          en: `invalid JSON (${(error as Error).message})`,
        }),
      });
      return;
    }
    const parsed = goldFigureSchema.safeParse(json);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        at(line, {
          file: `${goldFile}:${line}`,
          path: problem.path.join('.'),
          code: problem.code,
          message: problem.message,
        });
      }
      return;
    }
    const figure = parsed.data;
    const first = firstLineOf.get(figure.id);
    if (first !== undefined) issue(line, 'id', 'duplicate_id', cliMessages.goldDuplicateId(figure.id, first));
    else firstLineOf.set(figure.id, line);
    for (const [field, message] of figureProblems(figure)) {
      issue(line, field, field === 'percent' ? 'percent_mismatch' : 'not_a_count', message);
    }
    gold.push({ figure, line });
  });
  if (firstLineOf.size === 0 && found.length === 0) {
    at(0, {
      file: goldFile,
      path: '',
      code: 'empty_gold',
      message: inBothLanguages(cliMessages.goldEmpty()),
    });
  }
  let names: string[];
  try {
    names = (await readdir(articles)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    return {
      ok: false,
      issues: [
        ...sorted(),
        {
          file: articles,
          path: '',
          code: 'unreadable_folder',
          message: inBothLanguages({
            vi: `không đọc được thư mục bài viết (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
            en: `cannot read the folder of articles (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
          }),
        },
      ],
    };
  }
  const pages: { article: string; text: string }[] = [];
  for (const name of names) {
    const text = await readText(join(articles, name));
    if (!text.ok) for (const item of text.issues) found.push({ line: Number.POSITIVE_INFINITY, issue: item });
    else pages.push({ article: name, text: text.data });
  }
  const byName = new Map(pages.map((page) => [page.article, page.text.normalize('NFC')]));
  for (const { figure, line } of gold) {
    const text = byName.get(figure.article);
    if (text === undefined) {
      // An article that could not be read is already an issue of its own.
      if (!names.includes(figure.article)) {
        issue(line, 'article', 'unknown_article', cliMessages.goldUnknownArticle(figure.article, articles));
      }
    } else if (!text.includes(figure.quote.normalize('NFC'))) {
      issue(line, 'quote', 'quote_not_in_article', cliMessages.goldQuoteNotInArticle(figure.article));
    }
  }
  return found.length > 0
    ? { ok: false, issues: sorted() }
    : { ok: true, pages, gold: gold.map((g) => g.figure) };
}
