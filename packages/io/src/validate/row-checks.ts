import { checkNationalId, KeyNumbers, type PaymentRow, type RegisterRow } from '@ansinh/core';
import type { RowMemory } from './row-validator.js';
import type { RowIssue } from './table-issues.js';

/** The lines of a register's beneficiary keys and CCCDs, beside each file's memory. */
const registerLines = new WeakMap<RowMemory, { ids: KeyNumbers; cccds: KeyNumbers }>();
let lastRegister: { seen: RowMemory; ids: KeyNumbers; cccds: KeyNumbers } | undefined;

function registerLinesOf(seen: RowMemory): { ids: KeyNumbers; cccds: KeyNumbers } {
  if (lastRegister?.seen === seen) return lastRegister;
  let lines = registerLines.get(seen);
  if (lines === undefined) {
    lines = { ids: new KeyNumbers(), cccds: new KeyNumbers() };
    registerLines.set(seen, lines);
  }
  lastRegister = { seen, ...lines };
  return lines;
}

/**
 * Rules across a register row's fields and rows: the CCCD must fit its holder's birth year and sex
 * (`checkNationalId`), a CCCD and a beneficiary key may appear once (`duplicate_national_id`,
 * `duplicate_beneficiary`), and a stop date may not precede the start (`stop_before_start`).
 */
export function registerChecks(row: RegisterRow, line: number, seen: RowMemory): readonly RowIssue[] {
  const { ids, cccds } = registerLinesOf(seen);
  let issues: RowIssue[] | undefined;
  if (row.nationalId !== undefined) {
    const misfits = checkNationalId(row.nationalId, row);
    if (misfits.length > 0) issues = misfits.map((issue) => ({ ...issue, row: line, column: 'Số CCCD' }));
    const holder = cccds.setNew(row.nationalId, line);
    if (holder !== undefined) {
      issues ??= [];
      issues.push({
        row: line,
        column: 'Số CCCD',
        code: 'duplicate_national_id',
        params: { earlier: holder },
      });
    }
  }
  const earlier = ids.setNew(row.id, line);
  if (earlier !== undefined) {
    issues ??= [];
    issues.push({
      row: line,
      column: 'Mã đối tượng',
      code: 'duplicate_beneficiary',
      params: { id: row.id, earlier },
    });
  }
  if (row.until !== undefined && row.until < row.since) {
    issues ??= [];
    issues.push({
      row: line,
      column: 'Dừng hưởng từ ngày',
      code: 'stop_before_start',
      params: { since: row.since, until: row.until },
    });
  }
  return issues ?? noIssues;
}

/**
 * The lines of each period's payments by beneficiary, beside each file's memory: a key made per row
 * (`id|period`) cost a fifth of reading a payment list. The last file and period are kept at hand (a list
 * is one file of one period, row after row).
 */
const paymentLines = new WeakMap<RowMemory, Map<string, KeyNumbers>>();
let last: { seen: RowMemory; period: string; lines: KeyNumbers } | undefined;

function linesOf(seen: RowMemory, period: string): KeyNumbers {
  if (last !== undefined && last.seen === seen && last.period === period) return last.lines;
  let periods = paymentLines.get(seen);
  if (periods === undefined) {
    periods = new Map();
    paymentLines.set(seen, periods);
  }
  let lines = periods.get(period);
  if (lines === undefined) {
    lines = new KeyNumbers();
    periods.set(period, lines);
  }
  last = { seen, period, lines };
  return lines;
}

/** A beneficiary may be paid once per period (`duplicate_payment`). */
export function paymentChecks(row: PaymentRow, line: number, seen: RowMemory): readonly RowIssue[] {
  const earlier = linesOf(seen, row.period).setNew(row.beneficiaryId, line);
  if (earlier === undefined) return noIssues;
  return [
    {
      row: line,
      column: 'Mã đối tượng',
      code: 'duplicate_payment',
      params: { id: row.beneficiaryId, period: row.period, earlier },
    },
  ];
}

const noIssues: readonly RowIssue[] = Object.freeze([]);
