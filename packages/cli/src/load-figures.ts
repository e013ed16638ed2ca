import { basename } from 'node:path';
import {
  type AdminUnit,
  type ExtractedFigure,
  extractFigures,
  type PublishedFigureSet,
  publishedFigureSetSchema,
  readPage,
} from '@ansinh/core';
import { type FileIssue, loadDataset } from './load-dataset.js';
import { readText } from './read-text.js';

/** Figures from one input: a dataset file, or a text whose figures were extracted. */
export interface LoadedFigures {
  readonly path: string;
  readonly set: PublishedFigureSet;
  /** Set when the figures were extracted from text: the figures with their offsets and evidence. */
  readonly extracted: readonly ExtractedFigure[] | undefined;
}

/** How to read text inputs. */
export interface TextOptions {
  readonly units: readonly AdminUnit[];
  readonly publishedOn: string | undefined;
  /** Whether units named without their type word are recognised (`ExtractOptions.bareNames`). */
  readonly bareNames?: boolean;
}

/**
 * Reads a text (a path, or `-` for standard input; UTF-8, or UTF-16 with a BOM, as `readText` decodes it)
 * and extracts its figures into a figure set whose source
 * is the text itself: the address, title, date and language the page gives of itself (`readPage`; the
 * title falls back to the first line, the date to `--published-on`), label `unconfirmed` until someone
 * records where it was published.
 */
export async function extractFromText(
  path: string,
  options: TextOptions,
): Promise<{ ok: true; loaded: LoadedFigures } | { ok: false; issues: FileIssue[] }> {
  const read = await readText(path);
  if (!read.ok) return { ok: false, issues: [...read.issues] };
  const text = read.data;
  const page = readPage(text);
  const publishedOn = options.publishedOn ?? page.publishedOn;
  const extracted = extractFigures(text, {
    units: options.units,
    ...(options.bareNames === false ? { bareNames: false } : {}),
    ...(publishedOn === undefined ? {} : { publishedOn }),
  });
  const title =
    page.title?.trim().slice(0, 200) ||
    (text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 200) ??
      basename(path));
  const url = page.url !== undefined && URL.canParse(page.url) ? page.url : null;
  const set: PublishedFigureSet = {
    source: {
      title,
      url,
      publishedOn: publishedOn ?? null,
      label: 'unconfirmed',
      language: page.language,
      ...(path === '-' ? {} : { file: path }),
    },
    figures: extracted.map(({ spans: _spans, evidence: _evidence, ...figure }) => figure),
  };
  return { ok: true, loaded: { path, set, extracted } };
}

/** Reads a published-figure dataset (`.json`) or extracts the figures of a text (anything else). */
export async function loadFigures(
  path: string,
  options: TextOptions,
): Promise<{ ok: true; loaded: LoadedFigures } | { ok: false; issues: readonly FileIssue[] }> {
  if (!path.endsWith('.json')) return extractFromText(path, options);
  const loaded = await loadDataset(path, publishedFigureSetSchema);
  return loaded.ok ? { ok: true, loaded: { path, set: loaded.data, extracted: undefined } } : loaded;
}
