// Every engine follows the one definition of a person's month (`personMonths`): the rows, the columns and
// DuckDB's SQL give the same coverage and residual lists on payment lists that are not clean.
import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('gives the same coverage and residual list through DuckDB over the CSV files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-engines-'));
    const files = { register: join(dir, 'register.csv'), payments: join(dir, 'payments.csv') };
    writeFileSync(
      files.register,
      writeRegisterCsv(district.register, { reveal: true, comment: 'SYNTHETIC' }),
    );
    writeFileSync(files.payments, writePaymentsCsv(payments, { comment: 'SYNTHETIC' }));
    expect(await duckdbCoverage(files, period)).toEqual(coverageRates(district.register, payments, period));
    expect(await duckdbPaymentsOffRegister(files, period)).toEqual(
      paymentsOffRegister(district.register, payments, period),
    );
    expect((await duckdbResidual(files, period)).map((r) => r.id).sort()).toEqual(
      residualLists(district.register, payments, period)
        .notPaidThroughAccount.map((e) => e.id)
        .sort(),
    );
  }, 120_000);

  it('refuses a month written otherwise (2025-1) in every engine, rather than read a wrong date', async () => {
    const columns = toColumnar(district.register, district.payments, '2024-07', '2025-06');
    expect(() => coverageRates(district.register, district.payments, '2025-1')).toThrow(/YYYY-MM/u);
    expect(() => residualLists(district.register, district.payments, '2025-1')).toThrow(/YYYY-MM/u);
    expect(() => columnarCoverageRates(columns, '2025-1')).toThrow();
    await expect(
      duckdbCoverage(
        { register: '/nonexistent/register.csv', payments: '/nonexistent/payments.csv' },
        '2025-1',
      ),
    ).rejects.toThrow(/YYYY-MM/u);
  });
});
