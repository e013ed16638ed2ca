// The synthetic register and payment list of datasets/synthetic: current with their generator, labelled as
// synthetic, small, and read by @ansinh/io with exactly the planted mistakes refused, for their reasons.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AdminUnit,
  adminUnitSetSchema,
  coverageRates,
  paymentsOffRegister,
  residualLists,
} from '@ansinh/core';
import { decodeText, readPaymentsCsv, readRegisterCsv } from '@ansinh/io';
import { describe, expect, it } from 'vitest';
import { calibration, notice, syntheticFiles } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const text = (file: string) => {
  const decoded = decodeText(readFileSync(join(here, file)));
  if (!decoded.ok) throw new Error(`${file} is not text`);
  return decoded.text;
};
const units: AdminUnit[] = adminUnitSetSchema.parse(
  JSON.parse(readFileSync(join(here, '../admin-units/tien-hai-units.json'), 'utf8')),
).units;
const register = readRegisterCsv(text('register.csv'), { units, fileName: 'register.csv' });
const payments = readPaymentsCsv(text('payments.csv'), { units, fileName: 'payments.csv' });
const codes = (rows: typeof register.rejected) =>
  rows.map((r) => ({ row: r.row, codes: r.issues.map((i) => i.code).sort() }));

describe('datasets/synthetic', () => {
  it('holds the files generate.ts writes (run it after changing it)', () => {
    const files = syntheticFiles();
    expect(readFileSync(join(here, 'register.csv'), 'utf8')).toBe(files.register);
    expect(readFileSync(join(here, 'payments.csv'), 'utf8')).toBe(files.payments);
  });

  it('says in the first line of each file that the people are not real', () => {
    for (const file of ['register.csv', 'payments.csv'])
      expect(text(file).split('\n')[0]).toBe(`# ${notice}`);
  });

  it('stays small: under 300 KB together', () => {
    const bytes = ['register.csv', 'payments.csv'].reduce((s, f) => s + statSync(join(here, f)).size, 0);
    expect(bytes).toBeLessThan(300 * 1024);
  });

  it('register.csv: every row accounted for, and exactly the six planted mistakes refused, for their reasons', () => {
    const { report } = register;
    expect(report.fileIssues).toEqual([]);
    expect(report.inputRows).toBe(report.accepted + report.rejected + report.skipped + report.structure);
    expect([report.inputRows, report.accepted, report.rejected]).toEqual([812, 805, 6]);
    expect(codes(register.rejected)).toEqual([
      { row: 44, codes: ['national_id_format'] },
      { row: 185, codes: ['duplicate_beneficiary', 'duplicate_national_id'] },
      { row: 266, codes: ['mangled_thousands'] },
      { row: 397, codes: ['stop_before_start'] },
      { row: 528, codes: ['required'] },
      { row: 709, codes: ['national_id_birth_year'] },
    ]);
  });

  it('payments.csv: every row accounted for, and exactly the three planted mistakes refused, for their reasons', () => {
    const { report } = payments;
    expect(report.fileIssues).toEqual([]);
    expect([report.inputRows, report.accepted, report.rejected]).toEqual([765, 761, 3]);
    expect(codes(payments.rejected)).toEqual([
      { row: 305, codes: ['duplicate_payment'] },
      { row: 456, codes: ['invalid_period'] },
      { row: 617, codes: ['invalid_channel'] },
    ]);
  });

  it('the accepted rows hold the calibration of March 2025: 748 and 731 of 760, Tây Ninh complete', () => {
    const [whole] = coverageRates(register.accepted, payments.accepted, calibration.month, {
      by: 'district',
      units,
    });
    expect(whole?.accountRate).toEqual({ numerator: 748, denominator: 760 });
    expect(whole?.paidThroughAccountRate).toEqual({ numerator: 731, denominator: 760 });
    const communes = coverageRates(register.accepted, payments.accepted, calibration.month, { units });
    expect(communes.map((c) => c.unitCode)).toEqual(['12970', '12985', '12991', '12994', '13012']);
    expect(communes.find((c) => c.unitCode === '12994')?.accountRate).toEqual({
      numerator: 160,
      denominator: 160,
    });
    const left = residualLists(register.accepted, payments.accepted, calibration.month);
    expect([left.withoutAccount.length, left.notPaidThroughAccount.length]).toEqual([12, 29]);
  });

  it('the payment line of the person whose register row was refused matches no one on the register', () => {
    expect(paymentsOffRegister(register.accepted, payments.accepted, calibration.month).unknownKey).toEqual({
      lines: 1,
      people: 1,
      vnd: 2_789_000,
    });
  });
});
