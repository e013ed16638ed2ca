import type { Language } from '../i18n/language.js';
import { detectLanguage } from './detect-language.js';
import { type Page, pageFurnitureMarkers, readPage } from './read-page.js';
import { spanOf, type TextSpan } from './text-span.js';

export { pageFurnitureMarkers };

/** A sentence of an article, with the paragraph it belongs to. */
export interface Sentence extends TextSpan {
  /** The index of its paragraph (line) among the article's lines. */
  readonly paragraph: number;
  /** True for a title or subheading (a short line without a full stop). */
  readonly heading: boolean;
  /** The language of its paragraph. */
  readonly language: Language;
  /** True for an item of a list (`- Xã A: 612/612 người (100%);`). */
  readonly listItem: boolean;
  /** For a list item: the line that introduces the list (`Kết quả tại một số xã:`), if any. */
  readonly lead?: TextSpan;
  /**
   * For a row of a table: the table's header line, the line before it (often its caption), and the cells of
   * the header and of the row (the same number of each).
   */
  readonly table?: {
    readonly header: TextSpan;
    readonly caption: TextSpan | undefined;
    readonly headerCells: readonly TextSpan[];
    readonly cells: readonly TextSpan[];
  };
}

/**
 * Words after which a full stop does not end a sentence: titles and abbreviations (`Mr.`, `No. 21`,
 * `TP. Hồ Chí Minh`, `Q. 1`).
 */
const abbreviation =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|Art|Vol|St|Jr|Sr|Co|Ltd|Inc|vs|etc|e\.g|i\.e|TP|Tp|Q|P|TT|ThS|TS|PGS|GS|BS|Th|St|Dept|Gov|approx|U\.S)$/u;

/**
 * Where the article ends in a text: the start of the first line that is page furniture after the article
 * has begun (`readPage`), or the end of the text. Offsets are into the normalized text, which for plain
 * NFC text with `\n` line endings is the input itself.
 */
export function articleEnd(input: string): number {
  const page = readPage(input);
  let end = page.text.length;
  let started = false;
  for (const line of page.lines) {
    if (line.kind === 'text') started = true;
    if (started && line.kind === 'furniture') {
      end = line.start;
      break;
    }
  }
  return end;
}

/**
 * Splits the article lines of a page into sentences with their offsets: a sentence ends at `.`, `!`, `?`
 * or `…` followed by white space and a capital letter, a digit or an opening quote, or at a line break. A
 * `.` inside a number (`17.472`), in an abbreviation (`No. 21`, `Ms. Chau`) or glued to the next word
 * (`TP.Hội An`) never ends one. Metadata and furniture lines are skipped. O(n).
 *
 * @example splitSentences('Có 17.472 người. Đạt 99,98%.').map((s) => s.text); // => ['Có 17.472 người.', 'Đạt 99,98%.']
 */
export function splitSentences(input: string | Page): Sentence[] {
  const page = typeof input === 'string' ? readPage(input) : input;
  const { text } = page;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lead: TextSpan | undefined;
  let header:
    | { header: TextSpan; caption: TextSpan | undefined; headerCells: readonly TextSpan[] }
    | undefined;
  let previousLine: TextSpan | undefined;
  for (const line of page.lines) {
    if (line.kind === 'table-header') {
      header = {
        header: spanOf(text, line.start, line.end),
        caption: previousLine,
        headerCells: (line.cells ?? []).map((c) => spanOf(text, c.start, c.end)),
      };
      continue;
    }
    if (line.kind === 'table-row' && header !== undefined) {
      sentences.push({
        ...spanOf(text, line.start, line.end),
        paragraph,
        heading: false,
        language: page.language,
        listItem: false,
        table: { ...header, cells: (line.cells ?? []).map((c) => spanOf(text, c.start, c.end)) },
      });
      paragraph += 1;
      continue;
    }
    if (line.kind !== 'text' && line.kind !== 'heading') continue;
    previousLine = spanOf(text, line.start, line.end);
    // A long paragraph in the other language (an English summary on a Vietnamese page) is read as such.
    const language = line.text.length >= 200 ? detectLanguage(line.text) : page.language;
    const listItem = /^\s*(?:[-–•+*▪●◦]|\d{1,2}[.)]|[a-zđ][.)])\s+\S/u.test(line.text);
    if (!listItem) lead = /:\s*$/u.test(line.text) ? spanOf(text, line.start, line.end) : undefined;
    const heading = line.kind === 'heading' && !listItem;
    const item = { listItem, ...(listItem && lead !== undefined ? { lead } : {}) };
    // From the first mark of a run only, so a long run of dots is scanned once.
    const boundary = /(?<![.!?…])[.!?…]+(?=\s+["“'‘(]?[\p{Lu}\d])/gu;
    let sentenceStart = line.start;
    for (const match of line.text.matchAll(boundary)) {
      const stop = line.start + (match.index ?? 0) + match[0].length;
      const before = text.slice(Math.max(line.start, stop - 12), stop - match[0].length);
      if (match[0] === '.' && abbreviation.test(before)) continue;
      push(sentences, text, sentenceStart, stop, paragraph, heading, language, item);
      sentenceStart = stop;
    }
    push(sentences, text, sentenceStart, line.end, paragraph, heading, language, item);
    paragraph += 1;
  }
  return sentences;
}

/** Longer than any sentence a person writes: a run-on line is read in pieces of about this length. */
const longest = 1_200;

function push(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  heading: boolean,
  language: Language,
  item: { readonly listItem: boolean; readonly lead?: TextSpan },
): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e <= s) return;
  if (e - s <= longest) {
    out.push(
      item.lead === undefined
        ? { start: s, end: e, text: text.slice(s, e), paragraph, heading, language, listItem: item.listItem }
        : {
            start: s,
            end: e,
            text: text.slice(s, e),
            paragraph,
            heading,
            language,
            listItem: item.listItem,
            lead: item.lead,
          },
    );
    return;
  }
  // A run-on line (a list glued into one line, a table without line breaks): cut at semicolons, else at a
  // space, so that no piece is longer than a long sentence.
  let from = s;
  while (from < e) {
    let to = Math.min(e, from + longest);
    if (to < e) {
      const window = text.slice(from, to);
      const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf('. '));
      const space = window.lastIndexOf(' ');
      to = from + (cut > longest / 3 ? cut + 1 : space > 0 ? space : window.length);
    }
    push(out, text, from, to, paragraph, heading, language, item);
    from = to;
  }
}

/** A space, tab or line break (the page is normalized: no other spaces remain). */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
