import type { UnitCoverage } from '../analyses/coverage-rates.js';
import { dayNumber, lastDayOf } from '../calendar/months.js';
import { InvalidArgumentError } from '../errors.js';
import type { CoverageLevel, UnitMap } from '../units/unit-map.js';
import { authorisedReceiverBit, type ColumnarRegister } from './columnar-register.js';
import { columnarRules } from './columnar-rules.js';

/** Coverage of every commune of a columnar register in one month, as counts (index as `communes`). */
export interface ColumnarCoverage {
  readonly month: string;
  readonly communes: readonly string[];
  /** On the register at the end of the month. */
  readonly onRegister: Uint32Array;
  /** Of those, holding an account opened by the end of the month. */
  readonly accountHolders: Uint32Array;
  /** Of those, paid through an account in the month. */
  readonly paidThroughAccount: Uint32Array;
  /** Paid payments of the month to people on the register. */
  readonly payments: Uint32Array;
  /** Of those, taken by an authorised receiver. */
  readonly byAuthorisedReceiver: Uint32Array;
  /** Dong paid in the month to people on the register (exact: sums stay far below 2^53). */
  readonly vndPaid: Float64Array;
  /** Of those, dong paid into accounts. */
  readonly vndPaidThroughAccount: Float64Array;
}

/** The index of `month` among the register's months; throws naming the caller when it is not there. */
export function monthIndexOf(register: ColumnarRegister, month: string, caller: string): number {
  const m = register.months.indexOf(month);
  if (m < 0) {
    throw new InvalidArgumentError(
      caller,
      `month ${month} is not among ${register.months[0]} … ${register.months.at(-1)}`,
      `tháng ${month} không có trong dữ liệu`,
    );
  }
  return m;
}

/**
 * Counts, per commune, who is on the register at the end of a month, who holds an account, who was paid
 * through one, and the month's payments and dong: the definitions of `coverageRates`, in one pass over
 * the columns. O(size).
 *
 * @example columnarCoverage(synthesizeColumnar({ beneficiaries: 1000, communes: 10, seed: 1 }), '2025-01').onRegister.length; // => 10
 */
export function columnarCoverage(register: ColumnarRegister, month: string): ColumnarCoverage {
  const m = monthIndexOf(register, month, 'columnarCoverage');
  const channel = register.channel[m] ?? new Uint8Array(register.size);
  const paid = register.paidVnd[m] ?? new Uint32Array(register.size);
  const end = dayNumber(lastDayOf(month));
  const n = register.communes.length;
  const counts = {
    onRegister: new Uint32Array(n),
    accountHolders: new Uint32Array(n),
    paidThroughAccount: new Uint32Array(n),
    payments: new Uint32Array(n),
    byAuthorisedReceiver: new Uint32Array(n),
    vndPaid: new Float64Array(n),
    vndPaidThroughAccount: new Float64Array(n),
  };
  const { sinceDay, untilDay, accountDay, commune } = register;
  const { onRegister, holdsAccount } = columnarRules();
  for (let i = 0; i < register.size; i += 1) {
    if (!onRegister(sinceDay, untilDay, accountDay, i, end)) continue;
    const c = commune[i] as number;
    counts.onRegister[c] = (counts.onRegister[c] as number) + 1;
    if (holdsAccount(sinceDay, untilDay, accountDay, i, end))
      counts.accountHolders[c] = (counts.accountHolders[c] as number) + 1;
    const cell = channel[i] as number;
    if (cell === 0) continue;
    const vnd = paid[i] as number;
    counts.payments[c] = (counts.payments[c] as number) + 1;
    counts.vndPaid[c] = (counts.vndPaid[c] as number) + vnd;
    if ((cell & authorisedReceiverBit) !== 0) {
      counts.byAuthorisedReceiver[c] = (counts.byAuthorisedReceiver[c] as number) + 1;
    }
    if ((cell & 3) === 1) {
      counts.paidThroughAccount[c] = (counts.paidThroughAccount[c] as number) + 1;
      counts.vndPaidThroughAccount[c] = (counts.vndPaidThroughAccount[c] as number) + vnd;
    }
  }
  return { month, communes: register.communes, ...counts };
}

/**
 * Grouping of `columnarCoverageRates` without a unit map: communes, or the province each commune was given
 * when the columns were built (`communeProvince`). With a unit map, any `CoverageLevel`.
 */
export type ColumnarLevel = 'commune' | 'province';

/**
 * The coverage rates of a month by commune or by province, as `UnitCoverage` rows exactly like
 * `coverageRates` gives from the rows (a test compares them on the calibrated district): exact counts,
 * ordered by unit code, units with nobody on the register left out. O(size).
 *
 * @example columnarCoverageRates(toColumnar(district.register, district.payments, '2024-07', '2025-06'), '2025-01')[0].unitCode; // => '12970'
 */
export function columnarCoverageRates(
  register: ColumnarRegister,
  month: string,
  options: {
    readonly by?: ColumnarLevel | CoverageLevel;
    /** The unit map to group by; without it, `province` groups by the columns' `communeProvince`. */
    readonly unitMap?: UnitMap;
  } = {},
): UnitCoverage[] {
  const counted = columnarCoverage(register, month);
  const { unitMap } = options;
  const by = options.by ?? 'commune';
  const keyOf =
    unitMap !== undefined
      ? (c: number) => unitMap.unitOf(register.communes[c] ?? '', by)
      : by === 'province'
        ? (c: number) => register.communeProvince[c] ?? ''
        : (c: number) => register.communes[c] ?? '';
  const groups = new Map<string, number[]>();
  counted.communes.forEach((_, c) => {
    if ((counted.onRegister[c] ?? 0) === 0) return;
    const key = keyOf(c);
    const t = groups.get(key) ?? [0, 0, 0, 0, 0, 0, 0];
    const values = [
      counted.onRegister[c],
      counted.accountHolders[c],
      counted.paidThroughAccount[c],
      counted.payments[c],
      counted.byAuthorisedReceiver[c],
      counted.vndPaid[c],
      counted.vndPaidThroughAccount[c],
    ];
    values.forEach((v, k) => {
      t[k] = (t[k] ?? 0) + (v ?? 0);
    });
    groups.set(key, t);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([
        unitCode,
        [n = 0, accounts = 0, paid = 0, payments = 0, byReceiver = 0, vnd = 0, vndAccount = 0],
      ]) => ({
        unitCode,
        period: month,
        accountRate: { numerator: accounts, denominator: n },
        paidThroughAccountRate: { numerator: paid, denominator: n },
        paidThroughAccountValueShare: { numerator: vndAccount, denominator: vnd },
        authorisedReceiverShare: { numerator: byReceiver, denominator: payments },
      }),
    );
}

/**
 * The series of every month the register covers, by commune or province: `columnarCoverageRates` month
 * after month, ordered by month then unit. O(size × months).
 */
export function columnarSeries(
  register: ColumnarRegister,
  options: { readonly by?: ColumnarLevel | CoverageLevel; readonly unitMap?: UnitMap } = {},
): UnitCoverage[] {
  return register.months.flatMap((month) => columnarCoverageRates(register, month, options));
}

/**
 * The paid lines of a month held in the columns for people who are not on the register at its end
 * (stopped, or not yet started): `paymentsOffRegister`'s `notOnRegister`, from the columns (a person's
 * lines of a month are one cell there, so lines count people). O(size).
 */
export function columnarNotOnRegister(
  register: ColumnarRegister,
  month: string,
): { readonly lines: number; readonly people: number; readonly vnd: number } {
  const m = monthIndexOf(register, month, 'columnarNotOnRegister');
  const channel = register.channel[m] ?? new Uint8Array(register.size);
  const paid = register.paidVnd[m] ?? new Uint32Array(register.size);
  const end = dayNumber(lastDayOf(month));
  const { sinceDay, untilDay, accountDay } = register;
  const { onRegister } = columnarRules();
  let people = 0;
  let vnd = 0;
  for (let i = 0; i < register.size; i += 1) {
    if ((channel[i] as number) === 0) continue;
    if (onRegister(sinceDay, untilDay, accountDay, i, end)) continue;
    people += 1;
    vnd += paid[i] as number;
  }
  return { lines: people, people, vnd };
}
