import type { CsvRecord } from '../csv/parse-csv.js';
import { findHeaderRecord, headerBlock } from '../layout/header-block.js';
import { titleFacts } from '../layout/title-facts.js';
import type { ColumnSpec } from '../validate/column-spec.js';
import { headerKey, matchColumns } from '../validate/match-columns.js';
import { paymentColumns, registerColumns } from '../validate/register-columns.js';

/** Fields only a payment list has. */
const paymentOnly = ['period', 'channel', 'status', 'amountVnd', 'receivedBy', 'paidVnd', 'unpaidReason'];

/** Fields only a register has. */
const registerOnly = ['since', 'changeDate', 'communeCode', 'category', 'entitlement', 'monthlyAmountVnd'];

/**
 * Whether the first records of a file are a register or a payment list: its title says so when it has
 * one (`DANH SÁCH CHI TRẢ…` is a payment list, `DANH SÁCH ĐỐI TƯỢNG…` or a change list a register);
 * otherwise the header decides, by the fields only one of them has (a system export with both reads as a
 * register).
 */
export function listKindOfRecords(records: readonly CsvRecord[], fileName?: string): 'register' | 'payments' {
  const specs = [...registerColumns, ...paymentColumns];
  const known = new Set(specs.flatMap((s) => s.headers.map(headerKey)));
  const codes = new Set(specs.flatMap((s) => (s.codes ?? []).map((c) => c.toLowerCase())));
  const start = findHeaderRecord(
    records,
    (cell) => known.has(headerKey(cell)) || codes.has(cell.toLowerCase()),
  );
  const title = titleFacts(records.slice(0, Math.max(0, start)), fileName);
  if (title.kind === 'register' || title.kind === 'register_change') return 'register';
  if (title.kind !== undefined) return 'payments';
  if (start < 0) return 'register';
  const columns = headerBlock(records, start).columns;
  const count = (specsOf: readonly ColumnSpec[], fields: readonly string[]) => {
    const found = matchColumns(columns, specsOf).positions;
    return fields.filter((f) => found.has(f)).length;
  };
  return count(paymentColumns, paymentOnly) > count(registerColumns, registerOnly) ? 'payments' : 'register';
}
