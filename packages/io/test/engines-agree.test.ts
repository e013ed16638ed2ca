// Every engine follows the one definition of a person's month (`personMonths`): the rows, the columns and
// DuckDB's SQL give the same coverage and residual lists on payment lists that are not clean.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  beneficiaryIdAt,
  columnarCoverageRates,
  columnarResidual,
  coverageRates,
  type PaymentRow,
  paymentsOffRegister,
  personMonths,
  residualLists,
  synthesizeDistrict,
  toColumnar,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import {
  duckdbCoverage,
  duckdbPaymentsOffRegister,
  duckdbResidual,
  readPaymentsCsv,
  readRegisterCsv,
  validateForDuckdb,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const district = synthesizeDistrict(units, { seed: 11 });
const period = '2025-01';
const ofMonth = district.payments.filter((p) => p.period === period && p.status === 'paid');
const byAccount = ofMonth.filter((p) => p.channel === 'account');
const inCash = ofMonth.filter((p) => p.channel !== 'account');

/** Messy lines added to the calibrated month: arrears, second lines, a key that is on no register. */
function messy(): PaymentRow[] {
  const first = byAccount[0] as PaymentRow;
  const second = byAccount[1] as PaymentRow;
  const cashOnly = inCash[0] as PaymentRow;
  return [
    ...district.payments,
    // Paid through an account, then arrears in cash: still one person paid through an account.
    { ...first, channel: 'cash', amountVnd: 120_000 },
    // Twice through an account: one person.
    { ...second, amountVnd: 360_000 },
    // Paid in cash, then a line into an account: now paid through an account, the dong of both.
    { ...cashOnly, channel: 'account', receivedBy: 'authorised_receiver' },
    // A payment to a key on no register: nobody's coverage.
    { ...first, beneficiaryId: 'KHONG-CO-TREN-DANH-SACH' },
  ];
}

describe('rows, columns and DuckDB on a payment list with second lines, arrears and an unknown key', () => {
  const payments = messy();

  it('counts a person paid twice once (personMonths), the row path first', () => {
    const rows = coverageRates(district.register, payments, period);
    const clean = coverageRates(district.register, district.payments, period);
    const total = (list: typeof rows, pick: (u: (typeof rows)[number]) => number) =>
      list.reduce((sum, u) => sum + pick(u), 0);
    // Only the cash-only person moved to "through an account"; nobody was added to the register.
    expect(total(rows, (u) => u.paidThroughAccountRate.numerator)).toBe(
      total(clean, (u) => u.paidThroughAccountRate.numerator) + 1,
    );
    expect(total(rows, (u) => u.paidThroughAccountRate.denominator)).toBe(17_475);
    expect(personMonths(payments, period).get((byAccount[0] as PaymentRow).beneficiaryId)).toMatchObject({
      throughAccount: true,
    });
  });

  it('reports the payment to a key on no register, with its dong, instead of dropping it', () => {
    const off = paymentsOffRegister(district.register, payments, period);
    expect(off.unknownKey).toEqual({ lines: 1, people: 1, vnd: (byAccount[0] as PaymentRow).amountVnd });
  });

  it('gives the same coverage and residual lists through the columns', () => {
    const columns = toColumnar(district.register, payments, '2024-07', '2025-06');
    expect(columnarCoverageRates(columns, period)).toEqual(
      coverageRates(district.register, payments, period),
    );
    const listed = columnarResidual(columns, period);
    expect(Array.from(listed.notPaidThroughAccount, (i) => beneficiaryIdAt(columns, i)).sort()).toEqual(
      residualLists(district.register, payments, period)
        .notPaidThroughAccount.map((e) => e.id)
        .sort(),
    );
  });

  it('gives through DuckDB over the validated files what the rows read from the same files give, and the same rejected lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-engines-'));
    const files = { register: join(dir, 'register.csv'), payments: join(dir, 'payments.csv') };
    writeFileSync(
      files.register,
      writeRegisterCsv(district.register, { reveal: true, comment: 'SYNTHETIC' }),
    );
    writeFileSync(files.payments, writePaymentsCsv(payments, { comment: 'SYNTHETIC' }));
    const register = readRegisterCsv(readFileSync(files.register, 'utf8'));
    const read = readPaymentsCsv(readFileSync(files.payments, 'utf8'));
    // The second lines of one person and month are refused by validation, and say so.
    expect(read.report.issueCounts).toEqual({ duplicate_payment: 3 });
    const validated = await validateForDuckdb(files);
    expect(validated.reports.payments[0]?.issueCounts).toEqual(read.report.issueCounts);
    expect(validated.reports.register.rejected).toBe(register.rejected.length);
    const [rows, lines] = [register.accepted, read.accepted];
    expect(await duckdbCoverage(validated, period)).toEqual(coverageRates(rows, lines, period));
    expect(await duckdbPaymentsOffRegister(validated, period)).toEqual(
      paymentsOffRegister(rows, lines, period),
    );
    expect((await duckdbResidual(validated, period)).map((r) => r.id).sort()).toEqual(
      residualLists(rows, lines, period)
        .notPaidThroughAccount.map((e) => e.id)
        .sort(),
    );
    validated.remove();
  });

  it('refuses a month written otherwise (2025-1) in every engine, rather than read a wrong date', async () => {
    const columns = toColumnar(district.register, district.payments, '2024-07', '2025-06');
    expect(() => coverageRates(district.register, district.payments, '2025-1')).toThrow(/YYYY-MM/u);
    expect(() => residualLists(district.register, district.payments, '2025-1')).toThrow(/YYYY-MM/u);
    expect(() => columnarCoverageRates(columns, '2025-1')).toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-engines-'));
    const files = { register: join(dir, 'register.csv'), payments: join(dir, 'payments.csv') };
    writeFileSync(files.register, writeRegisterCsv(district.register.slice(0, 3), { reveal: true }));
    writeFileSync(files.payments, writePaymentsCsv([]));
    const validated = await validateForDuckdb(files);
    await expect(duckdbCoverage(validated, '2025-1')).rejects.toThrow(/YYYY-MM/u);
    validated.remove();
  });
});
