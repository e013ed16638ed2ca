import { dayNumber, lastDayOf, monthsBetween } from '../calendar/months.js';
import { InvalidArgumentError } from '../errors.js';
import type { BeneficiaryCategoryCode } from '../models/beneficiary-category.js';
import { createRandom } from './random.js';

/** Sizes of the columnar generator (reference/FACTS.md §3, DESIGN "Scale"). */
export const syntheticScales = {
  /** About one province: 300 000 beneficiaries in 260 communes. */
  province: { beneficiaries: 300_000, communes: 260 },
  /** About the country: 4,6 million monthly beneficiaries in about 10 000 communes. */
  national: { beneficiaries: 4_600_000, communes: 10_000 },
} as const;

/** Category codes in the order `ColumnarRegister.category` indexes them. */
export const columnarCategories: readonly BeneficiaryCategoryCode[] = [
  'merit',
  'merit_relative',
  'social_protection',
];

/** Payment channel codes of `ColumnarRegister.channel`: 0 not on the register that month. */
export const columnarChannels = ['none', 'account', 'cash', 'cash_at_home'] as const;

/** No date: a stop or an account that never happened. */
export const noDay = 2_147_483_647;

/**
 * A synthetic register held in columns (typed arrays, dictionary-encoded communes), not one object per
 * row: 4,6 million people take about 30 bytes each plus one byte per month of payments.
 */
export interface ColumnarRegister {
  /** True for generated data, false for a register moved into columns by `toColumnar`. */
  readonly synthetic: boolean;
  readonly seed: number;
  readonly size: number;
  /** Commune codes (`SYN-00001`, …): invented, so they never pass for real GSO codes. */
  readonly communes: readonly string[];
  readonly commune: Uint16Array;
  readonly birthYear: Uint16Array;
  /** 1 for women. */
  readonly female: Uint8Array;
  /** Index into `columnarCategories`. */
  readonly category: Uint8Array;
  readonly amountVnd: Uint32Array;
  /** Days since 1970-01-01. */
  readonly sinceDay: Int32Array;
  /** Days since 1970-01-01, or `noDay`. */
  readonly untilDay: Int32Array;
  /** Day the account was opened, or `noDay`. */
  readonly accountDay: Int32Array;
  readonly months: readonly string[];
  /** One column per month: the channel each person was paid through (`columnarChannels`). */
  readonly channel: readonly Uint8Array[];
}

/**
 * Generates a register and a year of payment channels at province or national scale, in columns, for
 * benchmarks and notebooks that need volume. Deterministic for a seed. Accounts spread over the year (about
 * 60% held at the start, about 90% at the end), some entries and stops every month, channels following
 * accounts with a little cash among account holders. Not calibrated to published figures (the district
 * generator is); it reports progress through `onProgress(done, total)`. O(size × months).
 *
 * @example synthesizeColumnar({ beneficiaries: 1000, communes: 10, seed: 1 }).size; // => 1000
 */
export function synthesizeColumnar(options: {
  readonly beneficiaries: number;
  readonly communes: number;
  readonly seed?: number;
  readonly from?: string;
  readonly to?: string;
  readonly onProgress?: (done: number, total: number) => void;
}): ColumnarRegister {
  const { beneficiaries: size, communes: communeCount, seed = 1, from = '2024-07', to = '2025-06' } = options;
  if (
    !Number.isSafeInteger(size) ||
    size < 1 ||
    !Number.isSafeInteger(communeCount) ||
    communeCount < 1 ||
    communeCount > 65_535
  ) {
    throw new InvalidArgumentError(
      'synthesizeColumnar',
      'beneficiaries must be a positive integer and communes an integer from 1 to 65 535',
      'số đối tượng phải là số nguyên dương và số xã từ 1 đến 65.535',
    );
  }
  const random = createRandom(seed);
  const months = monthsBetween(from, to);
  const firstDay = dayNumber(`${from}-01`);
  const lastDay = dayNumber(lastDayOf(to));
  const span = lastDay - firstDay;
  const communes = Array.from({ length: communeCount }, (_, i) => `SYN-${String(i + 1).padStart(5, '0')}`);
  const commune = new Uint16Array(size);
  const birthYear = new Uint16Array(size);
  const female = new Uint8Array(size);
  const category = new Uint8Array(size);
  const amountVnd = new Uint32Array(size);
  const sinceDay = new Int32Array(size);
  const untilDay = new Int32Array(size);
  const accountDay = new Int32Array(size);
  const total = size * (1 + months.length);
  const step = Math.max(1, Math.floor(size / 100));
  // Communes of unequal size: a skewed weight per commune, then people drawn by weight.
  const weights = Float64Array.from({ length: communeCount }, () => 0.3 + random.next() ** 2 * 2);
  const cumulative = new Float64Array(communeCount);
  let sum = 0;
  for (let c = 0; c < communeCount; c += 1) {
    sum += weights[c] ?? 0;
    cumulative[c] = sum;
  }
  for (let i = 0; i < size; i += 1) {
    const target = random.next() * sum;
    let lo = 0;
    let hi = communeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    commune[i] = lo;
    const merit = random.next() < 0.28;
    category[i] = merit ? (random.next() < 0.6 ? 1 : 0) : 2;
    female[i] = random.next() < 0.55 ? 1 : 0;
    birthYear[i] = merit ? 1925 + Math.floor(random.next() * 36) : 1930 + Math.floor(random.next() * 80);
    amountVnd[i] = merit
      ? 1_673_000 + 1_000 * Math.floor(random.next() * 5_000)
      : (500_000 * (2 + Math.floor(random.next() * 4))) / 2;
    const entered = random.next() < 0.06;
    sinceDay[i] = entered
      ? firstDay + Math.floor(random.next() * span)
      : dayNumber('2008-01-01') + Math.floor(random.next() * (firstDay - dayNumber('2008-01-01')));
    untilDay[i] =
      random.next() < 0.06
        ? (sinceDay[i] ?? 0) + 1 + Math.floor(random.next() * Math.max(1, lastDay - (sinceDay[i] ?? 0)))
        : noDay;
    const opened = random.next();
    accountDay[i] =
      opened < 0.6
        ? Math.min(sinceDay[i] ?? 0, firstDay - 1)
        : opened < 0.9
          ? Math.max(sinceDay[i] ?? 0, firstDay + Math.floor(random.next() * span))
          : noDay;
    if (i % step === 0) options.onProgress?.(i, total);
  }
  const channel: Uint8Array[] = [];
  months.forEach((month, m) => {
    const end = dayNumber(lastDayOf(month));
    const column = new Uint8Array(size);
    for (let i = 0; i < size; i += 1) {
      if ((sinceDay[i] ?? 0) > end || (untilDay[i] ?? 0) <= end) continue;
      const hasAccount = (accountDay[i] ?? noDay) <= end;
      column[i] = hasAccount && random.next() > 0.01 ? 1 : random.next() < 0.15 ? 3 : 2;
      if (i % step === 0) options.onProgress?.(size * (m + 1) + i, total);
    }
    channel.push(column);
  });
  options.onProgress?.(total, total);
  return {
    synthetic: true,
    seed,
    size,
    communes,
    commune,
    birthYear,
    female,
    category,
    amountVnd,
    sinceDay,
    untilDay,
    accountDay,
    months,
    channel,
  };
}

/** Coverage of every commune of a columnar register in one month, as counts. */
export interface ColumnarCoverage {
  readonly month: string;
  readonly communes: readonly string[];
  readonly onRegister: Uint32Array;
  readonly accountHolders: Uint32Array;
  readonly paidThroughAccount: Uint32Array;
}

/**
 * Counts, per commune, who is on the register at the end of a month, who holds an account, and who was
 * paid through one: the same definitions as `coverageRates`, in one pass over the columns. O(size).
 *
 * @example columnarCoverage(synthesizeColumnar({ beneficiaries: 1000, communes: 10, seed: 1 }), '2025-01').onRegister.length; // => 10
 */
export function columnarCoverage(register: ColumnarRegister, month: string): ColumnarCoverage {
  const m = register.months.indexOf(month);
  const column = register.channel[m];
  if (column === undefined) {
    throw new InvalidArgumentError(
      'columnarCoverage',
      `month ${month} is not among ${register.months[0]} … ${register.months.at(-1)}`,
      `tháng ${month} không có trong dữ liệu`,
    );
  }
  const end = dayNumber(lastDayOf(month));
  const n = register.communes.length;
  const onRegister = new Uint32Array(n);
  const accountHolders = new Uint32Array(n);
  const paidThroughAccount = new Uint32Array(n);
  for (let i = 0; i < register.size; i += 1) {
    if ((register.sinceDay[i] ?? 0) > end || (register.untilDay[i] ?? 0) <= end) continue;
    const c = register.commune[i] ?? 0;
    onRegister[c] = (onRegister[c] ?? 0) + 1;
    if ((register.accountDay[i] ?? noDay) <= end) accountHolders[c] = (accountHolders[c] ?? 0) + 1;
    if (column[i] === 1) paidThroughAccount[c] = (paidThroughAccount[c] ?? 0) + 1;
  }
  return { month, communes: register.communes, onRegister, accountHolders, paidThroughAccount };
}
