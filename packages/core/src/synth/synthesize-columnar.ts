import { dayNumber, lastDayOf, monthsBetween } from '../calendar/months.js';
import { authorisedReceiverBit, type ColumnarRegister, noDay } from '../columnar/columnar-register.js';
import { InvalidArgumentError } from '../errors.js';
import type { AdminUnit } from '../models/admin-unit.js';
import { createRandom } from './random.js';

/** Provinces the communes of a generated register fall into: 63, the count of reference/FACTS.md §3 (2023–24). */
const syntheticProvinces = 63;

/** Sizes of the columnar generator (reference/FACTS.md §3, DESIGN "Scale"). */
export const syntheticScales = {
  /** About one province: 300 000 beneficiaries in 260 communes. */
  province: { beneficiaries: 300_000, communes: 260 },
  /** About the country: 4,6 million monthly beneficiaries in about 10 000 communes. */
  national: { beneficiaries: 4_600_000, communes: 10_000 },
} as const;

/** Codes no commune has (90000…), in 63 synthetic provinces SYN-P01… in order. */
function syntheticCommunes(count: number): { communes: string[]; communeProvince: string[] } {
  const communes = Array.from({ length: count }, (_, i) => String(90_000 + i));
  const provinceCount = Math.min(syntheticProvinces, count);
  const communeProvince = communes.map(
    (_, i) => `SYN-P${String(Math.floor((i * provinceCount) / count) + 1).padStart(2, '0')}`,
  );
  return { communes, communeProvince };
}

/** The first `count` real communes in force on `day`, in code order, with their provinces. */
function realCommunes(
  units: readonly AdminUnit[],
  count: number,
  day: string,
): { communes: string[]; communeProvince: string[] } {
  const valid = (u: AdminUnit) =>
    (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || day <= u.validTo);
  const parents = new Map(units.filter((u) => u.level !== 'commune' && valid(u)).map((u) => [u.code, u]));
  const communes = units
    .filter((u) => u.level === 'commune' && valid(u))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, count);
  if (communes.length < count) {
    throw new InvalidArgumentError(
      'synthesizeColumnar',
      `the units hold ${communes.length} communes in force on ${day}, fewer than the ${count} asked for`,
      `danh mục chỉ có ${communes.length} xã còn hiệu lực ngày ${day}, ít hơn ${count} xã cần`,
    );
  }
  const provinceOf = (unit: AdminUnit): string => {
    let up: AdminUnit | undefined = unit;
    for (let i = 0; i < 3 && up !== undefined && up.level !== 'province'; i += 1)
      up = up.parentCode === null ? undefined : parents.get(up.parentCode);
    return up?.code ?? '';
  };
  return { communes: communes.map((u) => u.code), communeProvince: communes.map(provinceOf) };
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
  /**
   * Real units (`datasets/admin-units/vietnam-units.csv`): the people are then placed in the first
   * `communes` real communes in force on the first day, in code order, each counted in its real province
   * (the people, their numbers and the sizes stay synthetic). Without units, the communes have codes no
   * commune has (90000…) in 63 synthetic provinces.
   */
  readonly units?: readonly AdminUnit[];
}): ColumnarRegister {
  const { beneficiaries: size, communes: communeCount, seed = 1, from = '2024-07', to = '2025-06' } = options;
  const most = options.units === undefined ? 10_000 : 65_535;
  if (
    !Number.isSafeInteger(size) ||
    size < 1 ||
    !Number.isSafeInteger(communeCount) ||
    communeCount < 1 ||
    communeCount > most
  ) {
    throw new InvalidArgumentError(
      'synthesizeColumnar',
      `beneficiaries must be a positive integer and communes an integer from 1 to ${most}`,
      `số đối tượng phải là số nguyên dương và số xã từ 1 đến ${most}`,
    );
  }
  const random = createRandom(seed);
  const months = monthsBetween(from, to);
  const firstDay = dayNumber(`${from}-01`);
  const lastDay = dayNumber(lastDayOf(to));
  const span = lastDay - firstDay;
  // Five-digit codes 90000–99999 read as commune codes but belong to no commune: the GSO list runs in
  // province order and ends in the 32 000s. Communes fall into synthetic provinces SYN-P01… in order.
  const { communes, communeProvince } =
    options.units === undefined
      ? syntheticCommunes(communeCount)
      : realCommunes(options.units, communeCount, `${from}-01`);
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
      const way = hasAccount && random.next() > 0.01 ? 1 : random.next() < 0.15 ? 3 : 2;
      column[i] = way !== 1 && random.next() < 0.1 ? way | authorisedReceiverBit : way;
      if (i % step === 0) options.onProgress?.(size * (m + 1) + i, total);
    }
    channel.push(column);
  });
  options.onProgress?.(total, total);
  return {
    synthetic: true,
    seed,
    size,
    ids: undefined,
    communes,
    communeProvince,
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
    // Everyone paid is paid their monthly amount: one array serves every month (see `paidVnd`).
    paidVnd: months.map(() => amountVnd),
  };
}
