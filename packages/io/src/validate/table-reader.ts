import type { z } from 'zod';
import type { CsvRecord } from '../csv/parse-csv.js';
import { detectLegacyEncoding } from '../text/detect-legacy-encoding.js';
import { findHeader, headerWindow } from './find-header.js';
import { createRowValidator, layoutHeader, type RowCheck, type RowVerdict } from './row-validator.js';
import type { ColumnSpec, RejectedRow, TableNote, ValidationReport } from './table-issues.js';

/** Characters of the file's start the legacy-encoding check looks at: about a megabyte. */
const legacyWindow = 1 << 20;

/** What a `TableReader` does with each row as it is judged. */
export interface TableSink<T> {
  readonly accept: (row: T) => void;
  readonly reject: (row: RejectedRow) => void;
}

/** The one driver every reader goes through: records in, in file order; verdicts out; a report at the end. */
export interface TableReader {
  /** Takes the next records of the file; rows are judged once the header is settled. */
  push(records: readonly CsvRecord[]): void;
  /** The file has ended: settles the header if it was not yet, and judges what was held back. */
  end(): void;
  /** The header as the file has it, once settled (`undefined` before). */
  readonly header: readonly string[] | undefined;
  /** The report so far; complete after `end`. */
  report(notes: readonly TableNote[]): ValidationReport;
}

/**
 * Makes the driver that reads a table's records into rows of a schema, whoever feeds it: `readTable` and
 * `readRecords` give it the whole file at once, `streamTable` a piece at a time, the XLSX readers a sheet's
 * rows. Records are held until the header is settled (the first ten records and about a megabyte of text,
 * or the end of the file): then the header is found among them (`findHeader`), the check for TCVN3/VNI
 * text read as Unicode looks at them, and every data row after the header is judged by one
 * `createRowValidator` (column specs, schema, `check` with its `seen` map across the whole file). So a file
 * read whole and read in chunks gives the same rows, the same reasons and the same report. O(rows × columns).
 */
export function createTableReader<T>(
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  sink: TableSink<T>,
  options: { readonly keepRejected?: number } = {},
): TableReader {
  const keepRejected = options.keepRejected ?? Number.POSITIVE_INFINITY;
  const issueCounts: Record<string, number> = {};
  const rejectedSample: RejectedRow[] = [];
  let accepted = 0;
  let rejected = 0;
  let header: readonly string[] | undefined;
  let above = 0;
  let judge: ((record: CsvRecord) => RowVerdict<T>) | undefined;
  let waiting: CsvRecord[] = [];
  let waitingChars = 0;

  const take = (records: readonly CsvRecord[]) => {
    const judgeRow = judge as (record: CsvRecord) => RowVerdict<T>;
    for (const record of records) {
      const verdict = judgeRow(record);
      if (verdict.ok) {
        accepted += 1;
        sink.accept(verdict.row);
      } else {
        rejected += 1;
        for (const issue of verdict.rejected.issues)
          issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
        if (rejectedSample.length < keepRejected) rejectedSample.push(verdict.rejected);
        sink.reject(verdict.rejected);
      }
    }
  };
  const settle = () => {
    above = findHeader(waiting, columns);
    const layout = layoutHeader(waiting[above]?.fields ?? [], columns);
    header = layout.header;
    const legacy = detectLegacyEncoding(waiting.map((r) => r.fields.join(' ')).join('\n'));
    judge = createRowValidator(layout, columns, schema, check, legacy);
    const body = waiting.slice(above + 1);
    waiting = [];
    take(body);
  };

  return {
    push(records) {
      if (judge !== undefined) {
        take(records);
        return;
      }
      for (const record of records) {
        waiting.push(record);
        for (const field of record.fields) waitingChars += field.length + 1;
      }
      if (waiting.length >= headerWindow && waitingChars >= legacyWindow) settle();
    },
    end() {
      if (judge === undefined) settle();
    },
    get header() {
      return header;
    },
    report(notes) {
      return {
        inputRows: accepted + rejected,
        accepted,
        rejected,
        issueCounts: { ...issueCounts },
        rejectedSample: [...rejectedSample],
        header: header ?? [],
        notes: above > 0 ? [...notes, { code: 'rows_above_header', params: { count: above } }] : [...notes],
      };
    },
  };
}
