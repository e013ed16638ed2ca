// A property test of "the same messy files give the same numbers through every engine": registers whose
// people start and stop around the month's boundaries (with a repeated key and a broken date among them),
// payment lists with second lines, unpaid lines, keys on no register and a bad month, written as files and
// read by the three engines. Rows read whole, columns streamed, DuckDB over the canonical files that
// validation wrote: the same coverage, residual list, payments outside coverage and rejected lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  beneficiaryIdAt,
  columnarResidual,
  coverageRates,
  paymentsOffRegister,
  residualLists,
  synthesizeDistrict,
} from '@ansinh/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { messyArbitraries } from '../../../scripts/messy-registers.js';
import {
  coverageOf,
  duckdbPaymentsOffRegister,
  readColumnar,
  readPaymentsCsv,
  readRegisterCsv,
  residualOf,
  validateForDuckdb,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const people = synthesizeDistrict(units, { seed: 7 }).register.slice(0, 24);
const month = '2025-01';
const scratch = mkdtempSync(join(tmpdir(), 'ansinh-engines-property-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const messy = messyArbitraries(people, {
  edges: ['2024-12-01', '2024-12-31', '2025-01-01', '2025-01-31', '2025-02-01'],
  periods: ['2024-12', month, month, month],
  statuses: ['paid', 'paid', 'paid', 'failed'],
  maxLines: 60,
});

/** Lines no reader may accept, added to every file: a repeated key, a date that is no date, a bad month. */
function breakFiles(registerCsv: string, paymentsCsv: string): [string, string] {
  const registerLines = registerCsv.trimEnd().split('\n');
  const paymentLines = paymentsCsv.trimEnd().split('\n');
  const lastPerson = registerLines.at(-1) ?? '';
  return [
    [...registerLines, lastPerson, lastPerson.replace(/,20\d\d-\d\d-\d\d,/u, ',31/02/2025,'), ''].join('\n'),
    [...paymentLines, `${people[0]?.id},13/2025,Tiền mặt,Đã chi,500000,Đối tượng`, ''].join('\n'),
  ];
}

describe('rows, columns and DuckDB read the same messy files (property)', () => {
  it('give the same coverage, residual list, payments outside coverage and rejected lines', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(messy.register, messy.payments, async (register, payments) => {
        run += 1;
        const files = { register: join(scratch, `r${run}.csv`), payments: join(scratch, `p${run}.csv`) };
        const [registerCsv, paymentsCsv] = breakFiles(
          writeRegisterCsv(register, { reveal: true }),
          writePaymentsCsv(payments),
        );
        writeFileSync(files.register, registerCsv);
        writeFileSync(files.payments, paymentsCsv);

        const rowsRegister = readRegisterCsv(readFileSync(files.register, 'utf8'));
        const rowsPayments = readPaymentsCsv(readFileSync(files.payments, 'utf8'));
        const [r, p] = [rowsRegister.accepted, rowsPayments.accepted];
        const rows = {
          coverage: coverageRates(r, p, month),
          residual: residualLists(r, p, month)
            .notPaidThroughAccount.map((e) => e.id)
            .sort(),
          off: paymentsOffRegister(r, p, month),
          rejected: [rowsRegister.report.issueCounts, rowsPayments.report.issueCounts],
        };
        expect(rowsRegister.rejected.length).toBeGreaterThanOrEqual(2);

        const read = await readColumnar({
          register: files.register,
          payments: [files.payments],
          from: '2024-12',
          to: month,
        });
        const columns = {
          coverage: await coverageOf({ kind: 'columns', columns: read.columns }, month),
          residual: Array.from(columnarResidual(read.columns, month).notPaidThroughAccount, (i) =>
            beneficiaryIdAt(read.columns, i),
          ).sort(),
          off: read.paymentsOffRegister(month),
          rejected: [read.register.issueCounts, read.payments[0]?.issueCounts],
        };

        const validated = await validateForDuckdb(files);
        // Removed whatever happens: a run that throws must not leave its copies in the temporary folder.
        const duckdb = await (async () => {
          try {
            return {
              coverage: await coverageOf({ kind: 'files', files: validated }, month),
              residual: (await residualOf({ kind: 'files', files: validated }, month))
                .map((e) => e.id)
                .sort(),
              off: await duckdbPaymentsOffRegister(validated, month),
              rejected: [validated.reports.register.issueCounts, validated.reports.payments[0]?.issueCounts],
            };
          } finally {
            validated.remove();
          }
        })();

        expect(columns).toEqual(rows);
        expect(duckdb).toEqual(rows);
      }),
      { numRuns: 8, seed: 20261202 },
    );
  });
});
