import { readFile } from 'node:fs/promises';
import type { PaymentRow, RegisterRow } from '@ansinh/core';
import {
  type ReadResult,
  readPaymentsCsv,
  readPaymentsXlsx,
  readRegisterCsv,
  readRegisterXlsx,
} from '@ansinh/io';
import type { FileIssue } from './load-dataset.js';

type Loaded<T> = { ok: true; text: string; result: ReadResult<T> } | { ok: false; issues: FileIssue[] };

async function readText(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; issues: FileIssue[] }> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      issues: [{ file, path: '', code: 'unreadable_file', message: `cannot read file (${reason})` }],
    };
  }
}

const isWorkbook = (file: string) => /\.xlsx$/iu.test(file);

async function readBytes(
  file: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; issues: FileIssue[] }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      issues: [{ file, path: '', code: 'unreadable_file', message: `cannot read file (${reason})` }],
    };
  }
}

/** Reads a register (CSV, or XLSX by its extension), every row accepted or rejected. */
export async function loadRegister(file: string): Promise<Loaded<RegisterRow>> {
  if (isWorkbook(file)) {
    const read = await readBytes(file);
    return read.ok ? { ok: true, text: '', result: readRegisterXlsx(read.bytes) } : read;
  }
  const read = await readText(file);
  return read.ok ? { ok: true, text: read.text, result: readRegisterCsv(read.text) } : read;
}

/** Reads a payment list (CSV, or XLSX by its extension), every row accepted or rejected. */
export async function loadPayments(file: string): Promise<Loaded<PaymentRow>> {
  if (isWorkbook(file)) {
    const read = await readBytes(file);
    return read.ok ? { ok: true, text: '', result: readPaymentsXlsx(read.bytes) } : read;
  }
  const read = await readText(file);
  return read.ok ? { ok: true, text: read.text, result: readPaymentsCsv(read.text) } : read;
}
