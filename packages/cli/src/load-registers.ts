import { readFile } from 'node:fs/promises';
import type { PaymentRow, RegisterRow } from '@ansinh/core';
import { type ReadResult, readPaymentsCsv, readRegisterCsv } from '@ansinh/io';
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

/** Reads a register (CSV), every row accepted or rejected. */
export async function loadRegister(file: string): Promise<Loaded<RegisterRow>> {
  const read = await readText(file);
  return read.ok ? { ok: true, text: read.text, result: readRegisterCsv(read.text) } : read;
}

/** Reads a payment list (CSV), every row accepted or rejected. */
export async function loadPayments(file: string): Promise<Loaded<PaymentRow>> {
  const read = await readText(file);
  return read.ok ? { ok: true, text: read.text, result: readPaymentsCsv(read.text) } : read;
}
