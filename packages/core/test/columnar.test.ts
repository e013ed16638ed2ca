import {
  columnarCoverage,
  coverageRates,
  noDay,
  type PaymentRow,
  type RegisterRow,
  synthesizeColumnar,
  synthesizeDistrict,
  syntheticScales,
  toColumnar,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { units } from './fixtures.js';

const small = synthesizeColumnar({ beneficiaries: 5_000, communes: 40, seed: 9 });

const sum = (a: Uint32Array) => a.reduce((s, x) => s + x, 0);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('synthesizeColumnar({ beneficiaries, communes, seed })', () => {
  it('holds the register in typed arrays, deterministic for a seed', () => {
    expect(small.commune).toBeInstanceOf(Uint16Array);
    expect(small.channel).toHaveLength(12);
    expect(synthesizeColumnar({ beneficiaries: 5_000, communes: 40, seed: 9 }).amountVnd).toEqual(
      small.amountVnd,
    );
    expect(small.communes[0]).toBe('SYN-00001');
  });

  it('counts coverage in columns exactly as coverageRates counts the same people as rows', () => {
    const register: RegisterRow[] = [];
    const payments: PaymentRow[] = [];
    for (let i = 0; i < small.size; i += 1) {
      const account = small.accountDay[i] ?? noDay;
      const until = small.untilDay[i] ?? noDay;
      register.push({
        id: `P${i}`,
        fullName: 'Tổng Hợp',
        birthYear: small.birthYear[i] ?? 1950,
        sex: small.female[i] === 1 ? 'female' : 'male',
        nationalId: '034150000000',
        communeCode: String(small.commune[i] ?? 0).padStart(5, '0'),
        village: 'Thôn 1',
        category: 'social_protection',
        entitlement: 'synthetic',
        monthlyAmountVnd: small.amountVnd[i] ?? 0,
        since: isoOf(small.sinceDay[i] ?? 0),
        ...(until === noDay ? {} : { until: isoOf(until) }),
        ...(account === noDay ? {} : { accountOpenedOn: isoOf(account) }),
        severeDisability: false,
        cannotTravel: false,
      });
      const channel = small.channel[6]?.[i] ?? 0;
      if (channel !== 0) {
        payments.push({
          beneficiaryId: `P${i}`,
          period: '2025-01',
          channel: channel === 1 ? 'account' : channel === 2 ? 'cash' : 'cash_at_home',
          status: 'paid',
          amountVnd: small.amountVnd[i] ?? 0,
          receivedBy: 'beneficiary',
        });
      }
    }
    const rows = coverageRates(register, payments, '2025-01');
    const columns = columnarCoverage(small, '2025-01');
    expect(rows.reduce((s, r) => s + r.accountRate.denominator, 0)).toBe(sum(columns.onRegister));
    expect(rows.reduce((s, r) => s + r.accountRate.numerator, 0)).toBe(sum(columns.accountHolders));
    expect(rows.reduce((s, r) => s + r.paidThroughAccountRate.numerator, 0)).toBe(
      sum(columns.paidThroughAccount),
    );
  });

  it('reports progress up to the total, and refuses impossible sizes', () => {
    let last = 0;
    synthesizeColumnar({
      beneficiaries: 1_000,
      communes: 5,
      onProgress: (done, total) => {
        expect(done).toBeLessThanOrEqual(total);
        last = done / total;
      },
    });
    expect(last).toBe(1);
    expect(() => synthesizeColumnar({ beneficiaries: 0, communes: 5 })).toThrow(/synthesizeColumnar/);
    expect(() => columnarCoverage(small, '2030-01')).toThrow(/columnarCoverage/);
  });

  it('names the national scale of the design: 4,6 million in 10 000 communes', () => {
    expect(syntheticScales.national).toEqual({ beneficiaries: 4_600_000, communes: 10_000 });
  });
});

describe('toColumnar(register, payments, from, to)', () => {
  it('gives columnarCoverage exactly the counts coverageRates gives on the calibrated district, every month', () => {
    const district = synthesizeDistrict(units, { seed: 2025 });
    const columns = toColumnar(district.register, district.payments, '2024-07', '2025-06');
    expect(columns.synthetic).toBe(false);
    for (const month of columns.months) {
      const rows = coverageRates(district.register, district.payments, month);
      const counted = columnarCoverage(columns, month);
      const byCode = new Map(counted.communes.map((code, i) => [code, i]));
      for (const row of rows) {
        const i = byCode.get(row.unitCode) ?? -1;
        expect(
          [counted.onRegister[i], counted.accountHolders[i], counted.paidThroughAccount[i]],
          `${month} ${row.unitCode}`,
        ).toEqual([
          row.accountRate.denominator,
          row.accountRate.numerator,
          row.paidThroughAccountRate.numerator,
        ]);
      }
    }
  }, 60_000);
});
