// A property test of the one definition of coverage: on registers whose people start and stop around the
// month's boundaries, and payment lists with second lines, arrears, unpaid lines and keys on no register,
// the row path and the columnar path give the same coverage and the same residual list.
import {
  beneficiaryIdAt,
  columnarCoverageRates,
  columnarResidual,
  coverageRates,
  paymentsOffRegister,
  personMonths,
  residualLists,
  synthesizeDistrict,
  toColumnar,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyArbitraries } from '../../../scripts/messy-registers.js';
import { units } from './fixtures.js';

const people = synthesizeDistrict(units, { seed: 5 }).register.slice(0, 40);
const month = '2025-01';
const messy = messyArbitraries(people, {
  edges: ['2024-12-01', '2024-12-31', '2025-01-01', '2025-01-15', '2025-01-31', '2025-02-01'],
  periods: ['2024-12', month, month, month, '2025-02'],
  statuses: ['paid', 'paid', 'paid', 'failed', 'returned'],
  maxLines: 120,
});

describe('the row path and the columnar path on messy registers and payment lists (property)', () => {
  it('give the same coverage, residual list and count of people paid through an account', () => {
    fc.assert(
      fc.property(messy.register, messy.payments, (register, payments) => {
        const rows = coverageRates(register, payments, month);
        const columns = toColumnar(register, payments, '2024-12', '2025-02');
        expect(columnarCoverageRates(columns, month)).toEqual(rows);
        const listed = columnarResidual(columns, month);
        expect(Array.from(listed.notPaidThroughAccount, (i) => beneficiaryIdAt(columns, i)).sort()).toEqual(
          residualLists(register, payments, month)
            .notPaidThroughAccount.map((e) => e.id)
            .sort(),
        );
        // Counted once per person: never more people paid through an account than on the register.
        const paid = rows.reduce((sum, u) => sum + u.paidThroughAccountRate.numerator, 0);
        const onRegister = rows.reduce((sum, u) => sum + u.paidThroughAccountRate.denominator, 0);
        expect(paid).toBeLessThanOrEqual(onRegister);
        // Every paid line of the month is in coverage or reported outside it.
        const lines = payments.filter((p) => p.period === month && p.status === 'paid').length;
        const off = paymentsOffRegister(register, payments, month);
        const inCoverage = [...personMonths(payments, month).keys()].filter((id) =>
          register.some((r) => r.id === id),
        );
        expect(off.unknownKey.lines + off.notOnRegister.lines).toBeLessThanOrEqual(lines);
        expect(inCoverage.length + off.unknownKey.people).toBe(personMonths(payments, month).size);
      }),
      { numRuns: 60, seed: 20251202 },
    );
  });
});
