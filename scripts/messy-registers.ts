// Generators for the property tests of the one definition of coverage (core's rows against columns, io's
// three engines over files): registers whose people start, stop and open accounts around a month's
// boundaries, and payment lists with second lines, arrears, unpaid lines and keys on no register.
import type { PaymentRow, RegisterRow } from '@ansinh/core';
import fc from 'fast-check';

export interface MessyOptions {
  /** Dates around the month's boundaries, where "on the register at the end of the month" can go wrong. */
  readonly edges: readonly string[];
  /** Periods the payment lines are drawn from (repeat one to draw it more often). */
  readonly periods: readonly string[];
  /** Statuses the payment lines are drawn from. */
  readonly statuses: readonly string[];
  readonly maxLines: number;
}

/** Registers of `people` with drawn dates, and payment lists over them (and over three unknown keys). */
export function messyArbitraries(people: readonly RegisterRow[], options: MessyOptions) {
  const register = fc
    .array(
      fc.record({
        since: fc.constantFrom(...options.edges),
        stops: fc.option(fc.constantFrom(...options.edges), { nil: undefined }),
        opened: fc.option(fc.constantFrom(...options.edges), { nil: undefined }),
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
  const payments = fc
    .array(
      fc.record({
        who: fc.integer({ min: 0, max: people.length + 2 }),
        period: fc.constantFrom(...options.periods),
        channel: fc.constantFrom('account', 'cash', 'cash_at_home'),
        status: fc.constantFrom(...options.statuses),
        receivedBy: fc.constantFrom('beneficiary', 'authorised_receiver'),
        amountVnd: fc.integer({ min: 100_000, max: 3_000_000 }),
      }),
      { maxLength: options.maxLines },
    )
    .map(
      (drawn) =>
        drawn.map((p) => ({
          beneficiaryId: p.who < people.length ? (people[p.who] as RegisterRow).id : `KHONG-CO-${p.who}`,
          period: p.period,
          channel: p.channel,
          status: p.status,
          receivedBy: p.receivedBy,
          amountVnd: p.amountVnd,
        })) as PaymentRow[],
    );
  return { register, payments };
}
