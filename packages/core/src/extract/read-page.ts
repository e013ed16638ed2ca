import type { Language } from '../i18n/language.js';
import { detectLanguage } from './detect-language.js';
import { type NormalizedText, normalizePage } from './normalize-page.js';

/** What a line of a page is. */
export type PageLineKind =
  /** a paragraph of the article */
  | 'text'
  /** a short line without a full stop: a title or subheading, still read for figures */
  | 'heading'
  /** the page address, a dateline or an archive's date marker */
  | 'metadata'
  /** menus, share buttons, related-news lists, comment boxes: never read for figures */
  | 'furniture'
  /**
   * a table flattened to text, cells split by `|` or tabs, or by spaces when each header cell starts with
   * a capital and each row ends with as many numbers as the header has number columns: its header, then
   * its rows
   */
  | 'table-header'
  | 'table-row'
  /** a line that belongs to the table line before it: the rule under a Markdown header, or a cell of a
   * table laid out one cell per line (read with the header or row it belongs to) */
  | 'table-part';

/** A line of a page, with offsets into the normalized text. */
export interface PageLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: PageLineKind;
  /** For a line of a table: its cells, with offsets into the normalized text (an index column left out). */
  readonly cells?: readonly { readonly start: number; readonly end: number }[];
}

/** A page read for figures: its text (normalized), its lines and what they are, and what it says of itself. */
export interface Page {
  readonly normalized: NormalizedText;
  /** The normalized text; every offset of a `Page` is into it. */
  readonly text: string;
  readonly lines: readonly PageLine[];
  /** The page address, when the text starts with one. */
  readonly url: string | undefined;
  /** The title line, when the page gives one. */
  readonly title: string | undefined;
  /** A publication date the page states (ISO), from an archive marker or a dateline. */
  readonly publishedOn: string | undefined;
  /** The language of the article's lines. */
  readonly language: Language;
}

/**
 * Headings after which a news page stops being the article: related news, comments, archive navigation, in
 * Vietnamese and English. A line that is one of them (case-insensitively, with or without a colon) ends the
 * article once it has started.
 */
export const pageFurnitureMarkers: readonly string[] = [
  'Tin cùng chuyên mục',
  'Cùng chuyên mục',
  'Bài cùng chuyên mục',
  'Tin liên quan',
  'Tin tức liên quan',
  'Tin tức khác',
  'Tin xem nhiều',
  'Xem nhiều',
  'Đọc nhiều',
  'Đọc nhiều nhất',
  'Tin đáng chú ý',
  'Bài đọc nhiều',
  'Tin mới cập nhật',
  'Tin vắn',
  'Tin khác',
  'Các tin khác',
  'Bài viết liên quan',
  'Bài liên quan',
  'Xem tin theo ngày',
  'Tin mới nhất',
  'Tin mới',
  'Tin đọc nhiều',
  'Tin nổi bật',
  'Đọc thêm',
  'Xem thêm',
  'Có thể bạn quan tâm',
  'Ý kiến bạn đọc',
  'Bình luận',
  'Gửi bình luận',
  'Related',
  'Related news',
  'Related articles',
  'Related posts',
  'Related stories',
  'Other news',
  'Other stories',
  'More stories',
  'Leave a comment',
  'Ý kiến của bạn',
  'Gửi ý kiến',
  'Tin cùng loại',
  'Tin bài liên quan',
  'Read more',
  'Read also',
  'More news',
  'Latest news',
  'Most read',
  'Most viewed',
  'See also',
  'You may also like',
  'Comments',
  'Also read',
  'Related topics',
  'Trending',
  'Top stories',
  'Editor’s picks',
  "Editor's picks",
];

/** Whole lines that are page furniture wherever they stand (buttons, counters, widgets). */
const furnitureLine =
  /^(?:refresh|thông báo|tổng lượt bình luận|chia sẻ|share|in bài|print|lưu|theo dõi|follow(?: us)?|quay lại|trở về|back|trang chủ|home|đăng nhập|login|log in|email|copy link|facebook|twitter|zalo|tags?:?.*|từ khóa:?.*|tweet|like)$/iu;

const markerLine = new RegExp(
  `^(?:${pageFurnitureMarkers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\\s*:?$`,
  'iu',
);

/** A menu: three or more short items without digits separated by `|`, `·`, `•`, `»` or `›`. */
/**
 * A menu: three or more items of 1 to 40 characters without digits, split by `|`, `·`, `•`, `»` or `›` (one
 * space each side allowed). Split rather than matched with one pattern, which would backtrack
 * exponentially over the spaces of a long line that fails.
 */
function isMenuLine(line: string): boolean {
  if (/\d/u.test(line)) return false;
  const items = line.split(/[|·•»›]/u);
  if (items.length < 3) return false;
  return items.every((item) => {
    const inner = item.replace(/^\s/u, '').replace(/\s$/u, '');
    return inner.length >= 1 && inner.length <= 40;
  });
}

/** A line that is only a date and time, perhaps with a weekday: `Thứ Hai, 25/09/2023, 16:13 [GMT+7]`. */
const englishDateline =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?:\s*(?:am|pm))?)?(?:\s*(?:GMT|UTC)[+-]?\d*)?$/iu;
const monthIndex = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const datelineLine =
  /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?(?:ngày\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:[,\s|-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?)?(?:\s*\[?(?:GMT|UTC)[+-]?\d*\]?)?$/iu;

const archiveDate = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*/u;
const urlLine = /^\s*https?:\/\/\S+\s*$/u;

/** Words of a line, for the short-line tests. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

function endsSentence(text: string): boolean {
  return /[.!?…:;"”)»]\s*$/u.test(text);
}

/** A date a dateline or marker states, as ISO, or undefined. */
function isoDateOf(text: string): string | undefined {
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(text);
  if (iso) return iso[3] === undefined ? undefined : `${iso[1]}-${iso[2]}-${iso[3]}`;
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  const numeric = words ?? /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u.exec(text);
  if (!numeric) return undefined;
  let day = Number(numeric[1]);
  let month = Number(numeric[2]);
  // 07/19/2024 can only be month/day.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${numeric[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The cells of a line split by `|` or tabs, trimmed, with their offsets (`start` is the line's). */
function separatedCells(line: string, start: number): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  for (const match of line.matchAll(/[^|\t]+/gu)) {
    const raw = match[0];
    const cell = raw.trim();
    if (cell === '') continue;
    const from = start + (match.index ?? 0) + (raw.length - raw.trimStart().length);
    cells.push({ start: from, end: from + cell.length });
  }
  return cells;
}

/** The cells of a header whose separators were lost: each starts at a word with a capital letter. */
function capitalCells(line: string, start: number): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  for (const match of line.matchAll(/\S+/gu)) {
    const at = start + (match.index ?? 0);
    const end = at + match[0].length;
    const last = cells.at(-1);
    if (last === undefined || /^[\p{Lu}#]/u.test(match[0])) cells.push({ start: at, end });
    else cells[cells.length - 1] = { start: last.start, end };
  }
  return cells;
}

/** The rule under a Markdown table's header: `|---|---|`, `| :-- | --: |`. */
const markdownRule = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/u;

/** A header cell over a column of row numbers: `STT`, `TT`, `No.`, `#`. */
const indexColumn = /^(?:STT|TT|Số\s+TT|No\.?|#)$/u;

/**
 * The cells of a row of a table whose separators were lost: an optional row number, a name (any words,
 * digits included: `Xã Đại Ân 2`), then exactly `numbers` numbers. `undefined` when it is not such a row.
 */
function alignedRow(
  line: string,
  start: number,
  indexed: boolean,
  numbers: number,
): { start: number; end: number }[] | undefined {
  const tokens = [...line.matchAll(/\S+/gu)].map((m) => ({
    text: m[0],
    start: start + (m.index ?? 0),
    end: start + (m.index ?? 0) + m[0].length,
  }));
  const first = indexed && /^\d{1,4}[.)]?$/u.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (indexed && first === 0) return undefined;
  const values = tokens.slice(tokens.length - numbers);
  const name = tokens.slice(first, tokens.length - numbers);
  if (numbers < 1 || values.length !== numbers || name.length === 0) return undefined;
  if (!values.every((v) => /^[\d.,]*\d%?$/u.test(v.text))) return undefined;
  if (!name.some((t) => /\p{L}/u.test(t.text)) || name.length > 8) return undefined;
  const nameStart = name[0] as { start: number };
  const nameEnd = name[name.length - 1] as { end: number };
  return [
    { start: nameStart.start, end: nameEnd.end },
    ...values.map(({ start: s, end: e }) => ({ start: s, end: e })),
  ];
}

/**
 * Reads a page as it is stored or pasted (a news page with its menus, a clean article, or an archive file
 * whose first line is the address and second the title) and says what each line is: the article's
 * paragraphs and headings, metadata (address, datelines, an archive's `date YYYY-MM-DD` marker), or page
 * furniture (menus; lines such as `Chia sẻ` or `refresh`; runs of three or more short lines without a full
 * stop, as menus and link lists are; and everything from the first related-news or comments heading on,
 * `pageFurnitureMarkers`). The text is normalized first (`normalizePage`), so NFD text, non-breaking
 * spaces and Windows line endings read the same. O(n).
 *
 * @example readPage('https://example.vn/a\nTiêu đề\n\nHuyện A có 200 người.\nTin liên quan\nXã B có 5 người.').lines.map((l) => l.kind); // => ['metadata', 'heading', 'text', 'furniture', 'furniture']
 */
export function readPage(input: string): Page {
  const normalized = normalizePage(input);
  const { text } = normalized;
  const raw: { start: number; end: number }[] = [];
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 ? text.length : newline;
    raw.push({ start: from, end: to });
    if (newline === -1) break;
    from = newline + 1;
  }
  // Trim each line to its content; blank lines are dropped.
  const content = raw
    .map(({ start, end }) => {
      let s = start;
      let e = end;
      while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
      while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
      return { start: s, end: e };
    })
    .filter((line) => line.end > line.start);

  let url: string | undefined;
  let title: string | undefined;
  let publishedOn: string | undefined;
  const lines: PageLine[] = [];
  let articleStarted = false;
  let ended = false;
  const firstRawLine = raw[0];
  const firstIsUrl =
    firstRawLine !== undefined && urlLine.test(text.slice(firstRawLine.start, firstRawLine.end));
  const secondRaw = raw[1];
  const thirdRaw = raw[2];
  const titleLineStart =
    firstIsUrl &&
    secondRaw !== undefined &&
    (thirdRaw === undefined || text.slice(thirdRaw.start, thirdRaw.end).trim() === '')
      ? secondRaw.start
      : undefined;

  // Runs of short unpunctuated lines (menus, link lists) are furniture; one such line alone is a heading.
  const short = content.map((line) => {
    const lineText = text.slice(line.start, line.end);
    return wordCount(lineText) <= 6 && !endsSentence(lineText) && !/\d/u.test(lineText);
  });
  // The length of the run each short line is in, counted once per run (linear in the lines).
  const inShortRun = new Array<boolean>(content.length).fill(false);
  for (let i = 0; i < content.length; ) {
    if (short[i] !== true) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < content.length && short[j] === true) j += 1;
    if (j - i >= 3) inShortRun.fill(true, i, j);
    i = j;
  }

  // Tables flattened to text: a header of three or more cells split by `|` or tabs, then rows with the same
  // number of cells and digits in them; or, with the separators lost, a header whose cells each start with
  // a capital (`STT Xã, phường Số người hưởng Qua tài khoản Tỷ lệ (%)`) over rows that end with one number
  // per number column (`1 Phường A 1.523 1.498 98,36`).
  const tableKind = new Map<number, PageLineKind>();
  const tableCells = new Map<number, { start: number; end: number }[]>();
  /** For a header or row that spans several lines: where it ends. */
  const tableEnds = new Map<number, number>();
  content.forEach((line, i) => {
    if (tableKind.has(i)) return;
    const lineText = text.slice(line.start, line.end);
    if (/\d/u.test(lineText)) return;
    const separated = /\||\t/u.test(lineText);
    const header = separated ? separatedCells(lineText, line.start) : capitalCells(lineText, line.start);
    if (header.length < 3 || (!separated && (/[.!?…:;]\s*$/u.test(lineText) || wordCount(lineText) > 16))) {
      return;
    }
    const indexed = !separated && indexColumn.test(text.slice(header[0]?.start, header[0]?.end));
    const numbers = header.length - (indexed ? 2 : 1);
    const rows: [number, { start: number; end: number }[]][] = [];
    for (let j = i + 1; j < content.length; j += 1) {
      const next = content[j] as { start: number; end: number };
      const nextText = text.slice(next.start, next.end);
      // The rule under a Markdown header (`|---|:---:|`) is part of the table, no row.
      if (separated && rows.length === 0 && markdownRule.test(nextText)) {
        tableKind.set(j, 'table-part');
        continue;
      }
      const row = separated
        ? /\d/u.test(nextText)
          ? separatedCells(nextText, next.start)
          : []
        : alignedRow(nextText, next.start, indexed, numbers);
      if (row === undefined || row.length !== (indexed ? header.length - 1 : header.length)) break;
      rows.push([j, row]);
    }
    if (rows.length === 0 || (!separated && rows.length < 2)) return;
    tableKind.set(i, 'table-header');
    tableCells.set(i, indexed ? header.slice(1) : header);
    for (const [j, row] of rows) {
      tableKind.set(j, 'table-row');
      tableCells.set(j, row);
    }
  });

  // A table laid out one cell per line (`Đơn vị` / `Số người hưởng` / `Tỷ lệ` / `Xã A` / `412` / `405` /
  // `98,3%` …): three to six short header lines without digits, one naming a rate, then rows of as many
  // lines, a name then numbers.
  content.forEach((_, i) => {
    if (tableKind.has(i)) return;
    const cellText = (k: number) => {
      const l = content[k];
      return l === undefined ? '' : text.slice(l.start, l.end).trim();
    };
    let run = 0;
    while (
      run < 7 &&
      i + run < content.length &&
      !tableKind.has(i + run) &&
      !/\d/u.test(cellText(i + run)) &&
      cellText(i + run) !== '' &&
      wordCount(cellText(i + run)) <= 5 &&
      !/[.!?…:;]$/u.test(cellText(i + run))
    ) {
      run += 1;
    }
    // The header is as wide as the rows under it: the first row's name has no digit either.
    let width = 0;
    let rowsAt: number[] = [];
    for (let w = 3; w <= Math.min(run, 6); w += 1) {
      const heads = Array.from({ length: w }, (_, k) => cellText(i + k));
      if (!heads.some((h) => /tỷ\s+lệ|tỉ\s+lệ|rate|share|%/iu.test(h))) continue;
      const found: number[] = [];
      for (let r = i + w; r + w <= content.length; r += w) {
        const name = cellText(r);
        const values = Array.from({ length: w - 1 }, (_, k) => cellText(r + 1 + k));
        if (!/\p{L}/u.test(name) || !values.every((v) => /^[\d.,]*\d\s*%?$/u.test(v))) break;
        found.push(r);
      }
      if (found.length >= 2) {
        width = w;
        rowsAt = found;
        break;
      }
    }
    if (width === 0) return;
    const spanOfCells = (from: number) =>
      Array.from({ length: width }, (_, k) => {
        const l = content[from + k] as { start: number; end: number };
        const raw = text.slice(l.start, l.end);
        const lead = raw.length - raw.trimStart().length;
        return { start: l.start + lead, end: l.start + lead + raw.trim().length };
      });
    for (const from of [i, ...rowsAt]) {
      tableKind.set(from, from === i ? 'table-header' : 'table-row');
      tableCells.set(from, spanOfCells(from));
      tableEnds.set(from, (content[from + width - 1] as { end: number }).end);
      for (let k = 1; k < width; k += 1) tableKind.set(from + k, 'table-part');
    }
  });

  for (const [i, line] of content.entries()) {
    const table = tableKind.get(i);
    if (table !== undefined && !ended) {
      const end = tableEnds.get(i) ?? line.end;
      lines.push({
        start: line.start,
        end,
        text: text.slice(line.start, end),
        kind: table,
        cells: tableCells.get(i) ?? [],
      });
      continue;
    }
    let start = line.start;
    const end = line.end;
    let lineText = text.slice(start, end);
    const push = (kind: PageLineKind): void => {
      lines.push({ start, end, text: text.slice(start, end), kind });
    };
    if (ended) {
      push('furniture');
      continue;
    }
    if (i === 0 && firstIsUrl) {
      url = lineText.trim();
      push('metadata');
      continue;
    }
    const marker = archiveDate.exec(lineText);
    if (marker) {
      publishedOn ??= isoDateOf(marker[1] ?? '');
      if (marker[0].length === lineText.length) {
        push('metadata');
        continue;
      }
      lines.push({ start, end: start + marker[0].length, text: marker[0], kind: 'metadata' });
      start += marker[0].length;
      lineText = text.slice(start, end);
    }
    if (datelineLine.test(lineText)) {
      publishedOn ??= isoDateOf(lineText);
      push('metadata');
      continue;
    }
    const english = englishDateline.exec(lineText);
    if (english !== null) {
      const month = monthIndex.indexOf((english[1] ?? '').toLowerCase()) + 1;
      publishedOn ??= `${english[3]}-${String(month).padStart(2, '0')}-${String(Number(english[2])).padStart(2, '0')}`;
      push('metadata');
      continue;
    }
    if (markerLine.test(lineText)) {
      if (articleStarted) ended = true;
      push('furniture');
      continue;
    }
    if (furnitureLine.test(lineText) || isMenuLine(lineText) || inShortRun[i]) {
      push('furniture');
      continue;
    }
    if (titleLineStart !== undefined && line.start === titleLineStart) {
      title = lineText;
      push('heading');
      continue;
    }
    // A photo caption (`… Photo by …`, `Ảnh: …`) is text, not a heading: it opens no new part of the page.
    const isCaption = /(?:^|\s|\()(?:Ảnh|Photo|Image)\s*(?::|by\s)|[—–-]\s*\S+\s+Photo/u.test(lineText);
    const isHeading = wordCount(lineText) <= 20 && !endsSentence(lineText) && !isCaption;
    if (!isHeading) articleStarted = true;
    push(isHeading ? 'heading' : 'text');
  }

  // A list of headlines closing the page (bullets without a full stop) is a related-news list, heading or not.
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] as PageLine;
    if (line.kind === 'furniture' || line.kind === 'metadata') continue;
    if (!/^[-•»+*–]\s*\S/u.test(line.text) || /[.;:]$/u.test(line.text)) break;
    let run = i;
    while (
      run - 1 >= 0 &&
      /^[-•»+*–]\s*\S/u.test(lines[run - 1]?.text ?? '') &&
      !/[.;:]$/u.test(lines[run - 1]?.text ?? '')
    ) {
      run -= 1;
    }
    if (i - run + 1 >= 2) {
      for (let k = run; k <= i; k += 1) lines[k] = { ...(lines[k] as PageLine), kind: 'furniture' };
    }
    break;
  }
  const article = lines
    .filter((l) => l.kind === 'text' || l.kind === 'heading' || l.kind === 'table-row')
    .map((l) => l.text)
    .join('\n');
  return {
    normalized,
    text,
    lines,
    url,
    title,
    publishedOn,
    language: detectLanguage(article),
  };
}
