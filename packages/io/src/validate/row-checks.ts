import { checkNationalId, KeyNumbers, type PaymentRow, type RegisterRow } from '@ansinh/core';
import type { RowMemory } from './row-validator.js';
import type { RowIssue } from './table-issues.js';

/**
 * Rules across a register row's fields and rows: the CCCD must fit its holder's birth year and sex
 * (`checkNationalId`), a beneficiary key may appear once (`duplicate_beneficiary`), and a stop date may not
 * precede the start (`stop_before_start`).
 */
export function registerChecks(row: RegisterRow, line: number, seen: RowMemory): RowIssue[] {
  const issues: RowIssue[] =
    row.nationalId === undefined
      ? []
      : checkNationalId(row.nationalId, row).map((issue) => ({ ...issue, row: line, column: 'Số CCCD' }));
  if (row.nationalId !== undefined) {
    const holder = seen.get(`cccd:${row.nationalId}`);
    if (holder !== undefined) {
      issues.push({
        row: line,
        column: 'Số CCCD',
        code: 'duplicate_national_id',
        params: { earlier: holder },
      });
    } else seen.set(`cccd:${row.nationalId}`, line);
  }
  const earlier = seen.get(row.id);
  if (earlier !== undefined) {
    issues.push({
      row: line,
      column: 'Mã đối tượng',
      code: 'duplicate_beneficiary',
      params: { id: row.id, earlier },
    });
  } else seen.set(row.id, line);
  if (row.until !== undefined && row.until < row.since) {
    issues.push({
      row: line,
      column: 'Dừng hưởng từ ngày',
      code: 'stop_before_start',
      params: { since: row.since, until: row.until },
    });
  }
  return issues;
}

/**
 * The lines of each period's payments by beneficiary, beside each file's memory: a key made per row
 * (`id|period`) cost a fifth of reading a payment list.
 */
const paymentLines = new WeakMap<RowMemory, Map<string, KeyNumbers>>();

/** A beneficiary may be paid once per period (`duplicate_payment`). */
export function paymentChecks(row: PaymentRow, line: number, seen: RowMemory): RowIssue[] {
  let periods = paymentLines.get(seen);
  if (periods === undefined) {
    periods = new Map();
    paymentLines.set(seen, periods);
  }
  let lines = periods.get(row.period);
  if (lines === undefined) {
    lines = new KeyNumbers();
    periods.set(row.period, lines);
  }
  const earlier = lines.get(row.beneficiaryId);
  if (earlier !== undefined) {
    return [
      {
        row: line,
        column: 'Mã đối tượng',
        code: 'duplicate_payment',
        params: { id: row.beneficiaryId, period: row.period, earlier },
      },
    ];
  }
  lines.set(row.beneficiaryId, line);
  return [];
}
