import { checkNationalId, KeyNumbers, type PaymentRow, type RegisterRow } from '@ansinh/core';
import type { RowMemory } from './row-validator.js';
import type { RowIssue } from './table-issues.js';

/** A rule's own tables for a plain memory (a `Map` given by a caller), which has none of its own. */
const beside = new WeakMap<RowMemory, Map<string, unknown>>();

/** The tables a rule keeps over the file, by the rule's name: the memory's own, or beside it. */
function tablesOf(seen: RowMemory): Map<string, unknown> {
  if (seen.own !== undefined) return seen.own;
  let tables = beside.get(seen);
  if (tables === undefined) {
    tables = new Map();
    beside.set(seen, tables);
  }
  return tables;
}

/** The lines of a register's beneficiary keys and CCCDs. */
function registerLinesOf(seen: RowMemory): { ids: KeyNumbers; cccds: KeyNumbers } {
  const tables = tablesOf(seen);
  let lines = tables.get('registerChecks') as { ids: KeyNumbers; cccds: KeyNumbers } | undefined;
  if (lines === undefined) {
    lines = { ids: new KeyNumbers(), cccds: new KeyNumbers() };
    tables.set('registerChecks', lines);
  }
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
 * The lines of each period's payments by beneficiary (a key made per row, `id|period`, cost a fifth of
 * reading a payment list).
 */
function linesOf(seen: RowMemory, period: string): KeyNumbers {
  const tables = tablesOf(seen);
  let periods = tables.get('paymentChecks') as Map<string, KeyNumbers> | undefined;
  if (periods === undefined) {
    periods = new Map();
    tables.set('paymentChecks', periods);
  }
  let lines = periods.get(period);
  if (lines === undefined) {
    lines = new KeyNumbers();
    periods.set(period, lines);
  }
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
