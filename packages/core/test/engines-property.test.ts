// A property test of the one definition of coverage: on registers whose people start and stop around the
// month's boundaries, and payment lists with second lines, arrears, unpaid lines and keys on no register,
// the row path and the columnar path give the same coverage and the same residual list.
import {
  beneficiaryIdAt,
  columnarCoverageRates,
  columnarResidual,
  coverageRates,
  type PaymentRow,
  paymentsOffRegister,
  personMonths,
  type RegisterRow,
  residualLists,
  synthesizeDistrict,
  toColumnar,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { units } from './fixtures.js';

const people = synthesizeDistrict(units, { seed: 5 }).register.slice(0, 40);
const month = '2025-01';
/** Dates around the month's boundaries, where "on the register at the end of the month" can go wrong. */
const edges = ['2024-12-01', '2024-12-31', '2025-01-01', '2025-01-15', '2025-01-31', '2025-02-01'] as const;

const registerArb = fc
  .array(
    fc.record({
      since: fc.constantFrom(...edges),
      stops: fc.option(fc.constantFrom(...edges), { nil: undefined }),
      opened: fc.option(fc.constantFrom(...edges), { nil: undefined }),
    }),
    { minLength: people.length, maxLength: people.length },
  )
  .map((dates) =>
    people.map((person, i): RegisterRow => {
      const { since, stops, opened } = dates[i] as (typeof dates)[number];
      const { until: _until, accountOpenedOn: _opened, ...rest } = person;
      return {
        ...rest,
        since,
        ...(stops !== undefined && stops > since ? { until: stops } : {}),
        ...(opened === undefined ? {} : { accountOpenedOn: opened }),
      };
    }),
  );

interface DrawnPayment {
  readonly who: number;
  readonly period: string;
  readonly channel: string;
  readonly status: string;
  readonly receivedBy: string;
  readonly amountVnd: number;
}

const paymentArb = fc.array(
  fc.record({
    who: fc.integer({ min: 0, max: people.length + 2 }),
    period: fc.constantFrom('2024-12', month, month, month, '2025-02'),
    channel: fc.constantFrom('account', 'cash', 'cash_at_home'),
    status: fc.constantFrom('paid', 'paid', 'paid', 'failed', 'returned'),
    receivedBy: fc.constantFrom('beneficiary', 'authorised_receiver'),
    amountVnd: fc.integer({ min: 100_000, max: 3_000_000 }),
  }),
  { maxLength: 120 },
);

function paymentsOf(drawn: readonly DrawnPayment[]): PaymentRow[] {
  return drawn.map((p) => ({
    beneficiaryId: p.who < people.length ? (people[p.who] as RegisterRow).id : `KHONG-CO-${p.who}`,
    period: p.period,
    channel: p.channel,
    status: p.status,
    receivedBy: p.receivedBy,
    amountVnd: p.amountVnd,
  })) as PaymentRow[];
}

describe('the row path and the columnar path on messy registers and payment lists (property)', () => {
  it('give the same coverage, residual list and count of people paid through an account', () => {
    fc.assert(
      fc.property(registerArb, paymentArb, (register, drawn) => {
        const payments = paymentsOf(drawn);
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
