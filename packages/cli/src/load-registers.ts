import type { PaymentRow, RegisterRow } from '@ansinh/core';
import {
  type ReadResult,
  readPaymentsCsv,
  readPaymentsXlsx,
  readRegisterCsv,
  readRegisterXlsx,
} from '@ansinh/io';
import { type FileIssue, readInput } from './load-dataset.js';

type Loaded<T> =
  | { ok: true; text: string; result: ReadResult<T> }
  | { ok: false; issues: readonly FileIssue[] };

const isWorkbook = (file: string) => /\.xlsx$/iu.test(file);

/** Reads a register (CSV, or XLSX by its extension), every row accepted or rejected. */
export async function loadRegister(file: string): Promise<Loaded<RegisterRow>> {
  if (isWorkbook(file)) {
    const read = await readInput(file, 'bytes');
    return read.ok ? { ok: true, text: '', result: readRegisterXlsx(read.data) } : read;
  }
  const read = await readInput(file, 'utf8');
  return read.ok ? { ok: true, text: read.data, result: readRegisterCsv(read.data) } : read;
}

/** Reads a payment list (CSV, or XLSX by its extension), every row accepted or rejected. */
export async function loadPayments(file: string): Promise<Loaded<PaymentRow>> {
  if (isWorkbook(file)) {
    const read = await readInput(file, 'bytes');
    return read.ok ? { ok: true, text: '', result: readPaymentsXlsx(read.data) } : read;
  }
  const read = await readInput(file, 'utf8');
  return read.ok ? { ok: true, text: read.data, result: readPaymentsCsv(read.data) } : read;
}
