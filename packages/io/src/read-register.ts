import { type PaymentRow, paymentRowSchema, type RegisterRow, registerRowSchema } from '@ansinh/core';
import { type ReadResult, readTable } from './read-table.js';
import { paymentColumns, registerColumns } from './register-columns.js';
import { paymentChecks, registerChecks } from './row-checks.js';

/**
 * Reads a register (danh sách đối tượng) from CSV: every row accepted as a `RegisterRow` or rejected with
 * `{ row, column, code, message }`, the schema and `registerChecks` applied. `accepted + rejected =
 * inputRows`, always.
 */
export function readRegisterCsv(input: string): ReadResult<RegisterRow> {
  return readTable(input, registerColumns, registerRowSchema, registerChecks);
}

/** Reads a monthly payment list (danh sách chi trả) from CSV, with `paymentChecks`. */
export function readPaymentsCsv(input: string): ReadResult<PaymentRow> {
  return readTable(input, paymentColumns, paymentRowSchema, paymentChecks);
}
