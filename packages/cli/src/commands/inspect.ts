import { formatNumber, maskPersonalNumbers, messagesIn } from '@ansinh/core';
import type { Output } from '../output.js';
import { printableLine } from '../render/printable.js';
import { renderTextTable } from '../render/text-table.js';
import { type ListCommandOptions, printReportHead, readForCommand, reportJson } from './validate.js';

/** Structure rows shown in the table (all are in `--json`). */
const shownStructure = 60;

/**
 * `ansinh inspect FILE [--kind] [--columns MAP] [--period] [--commune] [--encoding]`: how a file is
 * understood before anything is computed from it: its commune, period and title; the field each column
 * was taken for and how (a header spelling, a field code, the column map, a date of birth under Nam or
 * Nữ), or that it is not used; every row that is not a person (title, header, column numbers, group,
 * village and section headings, subtotals, totals, the amount in words, signatures) with its line; the
 * assumptions made; the counts. Exit as `validate`: 0, 1 when a row is rejected or none accepted, 2 when
 * the file cannot be read as a list.
 */
export async function inspect(options: ListCommandOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  const read = await readForCommand(options, out);
  if (read === undefined) return 2;
  const { report, kind, encoding } = read;
  const exit = report.fileIssues.length > 0 ? 2 : report.rejected > 0 || report.accepted === 0 ? 1 : 0;
  const quoted = options.reveal ? (text: string) => text : maskPersonalNumbers;
  if (options.json) {
    out.print(
      JSON.stringify(
        {
          ...reportJson(options.file, kind, encoding, report, options),
          columns: report.columns,
          structureRows: report.structureSample.map((s) => ({ ...s, text: quoted(s.text) })),
        },
        null,
        2,
      ),
    );
    return exit;
  }
  printReportHead(out, options, kind, encoding, report);
  const h = messages.inspect.headings;
  out.print('');
  out.print(messages.inspect.columnsHeading);
  out.print(
    renderTextTable(
      [
        { heading: h.column, maxWidth: 4 },
        { heading: h.header, maxWidth: 44 },
        { heading: h.field, maxWidth: 20 },
        { heading: h.how, maxWidth: 22 },
      ],
      report.columns.map((c) => [
        String(c.index + 1),
        printableLine(c.header),
        c.field ?? messages.inspect.notUsed,
        c.by === undefined ? '' : messages.inspect.matchedBy[c.by],
      ]),
      out.columns,
    ),
  );
  out.print('');
  out.print(messages.inspect.structureHeading);
  const shown = report.structureSample.slice(0, shownStructure);
  out.print(
    renderTextTable(
      [
        { heading: h.line, maxWidth: 6 },
        { heading: h.kind, maxWidth: 18 },
        { heading: h.text, maxWidth: 70 },
      ],
      shown.map((s) => [String(s.line), messages.structure[s.kind], printableLine(quoted(s.text))]),
      out.columns,
    ),
  );
  if (report.structure > shown.length)
    out.print(
      messages.inspect.moreStructure(formatNumber(report.structure - shown.length, options.language)),
    );
  for (const issue of report.fileIssues)
    out.error(`${options.file}: ${quoted(messages.issues[issue.code](issue.params as never))}`);
  return exit;
}
