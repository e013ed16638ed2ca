import {
  checkNationalId,
  type PaymentRow,
  paymentRowSchema,
  type RegisterRow,
  registerRowSchema,
} from '@ansinh/core';
import { type ReadResult, type RowIssue, readTable } from './read-table.js';
import { paymentColumns, registerColumns } from './register-columns.js';

/**
 * Reads a register (danh sách đối tượng) from CSV: every row accepted as a `RegisterRow` or rejected with
 * `{ row, column, code, message }`. Beyond the schema: the CCCD must fit its holder's birth year and sex
 * (`checkNationalId`), a beneficiary key may appear once (`duplicate_beneficiary`), and a stop date may not
 * precede the start (`stop_before_start`). `accepted + rejected = inputRows`, always.
 */
export function readRegisterCsv(input: string): ReadResult<RegisterRow> {
  return readTable(input, registerColumns, registerRowSchema, (row, line, seen) => {
    const issues: RowIssue[] = checkNationalId(row.nationalId, row).map((issue) => ({
      row: line,
      column: 'Số CCCD',
      code: issue.code,
      message: issue.message,
    }));
    const earlier = seen.get(row.id);
    if (earlier !== undefined) {
      issues.push({
        row: line,
        column: 'Mã đối tượng',
        code: 'duplicate_beneficiary',
        message: `beneficiary ${row.id} is already on row ${earlier}`,
      });
    } else seen.set(row.id, line);
    if (row.until !== undefined && row.until < row.since) {
      issues.push({
        row: line,
        column: 'Dừng hưởng từ ngày',
        code: 'stop_before_start',
        message: `the allowance stops (${row.until}) before it starts (${row.since})`,
      });
    }
    return issues;
  });
}

/**
 * Reads a monthly payment list (danh sách chi trả) from CSV; a beneficiary may be paid once per period
 * (`duplicate_payment`).
 */
export function readPaymentsCsv(input: string): ReadResult<PaymentRow> {
  return readTable(input, paymentColumns, paymentRowSchema, (row, line, seen) => {
    const key = `${row.beneficiaryId}|${row.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return [
        {
          row: line,
          column: 'Mã đối tượng',
          code: 'duplicate_payment',
          message: `${row.beneficiaryId} is already paid for ${row.period} on row ${earlier}`,
        },
      ];
    }
    seen.set(key, line);
    return [];
  });
}
