/** A column of a text table: its heading and the widest it may grow before its cells wrap. */
export interface Column {
  readonly heading: string;
  readonly maxWidth: number;
}

/** Display width of a string: NFC code points (Vietnamese letters are one column each). */
export function displayWidth(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Wraps text on spaces to lines no wider than `width` (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line === '') line = word;
      else if (displayWidth(line) + 1 + displayWidth(word) <= width) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Renders rows as a plain-text table with a rule under the heading and cells wrapped to their column's
 * maximum width; when any cell wraps, rows are separated by an empty line.
 */
export function renderTextTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    const longestWord = Math.max(0, ...cells.flatMap((cell) => cell.split(/\s/u).map(displayWidth)));
    const longestLine = Math.max(
      0,
      ...cells.flatMap((cell) => wrap(cell, column.maxWidth).map(displayWidth)),
    );
    return Math.max(displayWidth(column.heading), longestWord, Math.min(longestLine, column.maxWidth));
  });
  const renderRow = (cells: readonly string[]): string[] => {
    const wrapped = columns.map((_, i) => wrap(cells[i] ?? '', widths[i] ?? 1));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const out: string[] = [];
    for (let line = 0; line < height; line += 1) {
      out.push(
        wrapped
          .map((lines, i) => pad(lines[line] ?? '', widths[i] ?? 0))
          .join(' │ ')
          .trimEnd(),
      );
    }
    return out;
  };
  const lines = [...renderRow(columns.map((c) => c.heading)), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  const rendered = rows.map(renderRow);
  const spaced = rendered.some((r) => r.length > 1);
  rendered.forEach((r, index) => {
    if (spaced && index > 0)
      lines.push(
        widths
          .map((w) => ' '.repeat(w))
          .join(' │ ')
          .trimEnd(),
      );
    lines.push(...r);
  });
  return lines.join('\n');
}
