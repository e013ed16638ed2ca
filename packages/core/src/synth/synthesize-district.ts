import {
  type MeritEntitlement,
  meritCategory,
  meritMonthlyAmounts2024,
  type SocialAssistanceSituation,
  socialAssistanceAmount,
} from '../allowances/allowance-rules.js';
import { addDays, earlierDate, lastDayOf, laterDate, monthsBetween } from '../calendar/months.js';
import { InvalidArgumentError } from '../errors.js';
import type { AdminUnit } from '../models/admin-unit.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { familyNames, givenNames, middleNames } from './name-parts.js';
import { createRandom, type Random } from './random.js';
import { uniqueSerial } from './unique-serial.js';

/** What a synthetic district is calibrated to (defaults: the source article on Tiền Hải). */
export interface DistrictCalibration {
  /** Code of the district whose communes (units with this parent) are generated. */
  readonly districtCode: string;
  /** The month the published figures describe. */
  readonly month: string;
  /** Monthly beneficiaries on the register that month. */
  readonly beneficiaries: number;
  /** Of them, holding an account at the end of that month. */
  readonly accountHolders: number;
  /** Of them, paid through an account that month. */
  readonly paidThroughAccount: number;
  /** Communes whose beneficiaries all hold an account, with their count and the month it holds for. */
  readonly completeCommunes: readonly {
    readonly code: string;
    readonly beneficiaries: number | { readonly over: number };
    readonly month: string;
  }[];
  /** First and last month of payment lists. */
  readonly from: string;
  readonly to: string;
}

/** The source article's figures on Tiền Hải (datasets/published-figures/tien-hai-2025-01.json). */
export const tienHaiCalibration: DistrictCalibration = {
  districtCode: '342',
  month: '2025-01',
  beneficiaries: 17_475,
  accountHolders: 17_472,
  paidThroughAccount: 17_328,
  completeCommunes: [
    { code: '12994', beneficiaries: 376, month: '2025-01' },
    { code: '12991', beneficiaries: { over: 900 }, month: '2024-12' },
  ],
  from: '2024-07',
  to: '2025-06',
};

/** A synthetic register and its monthly payment lists. */
export interface SyntheticDistrict {
  /** Always true: these people do not exist. */
  readonly synthetic: true;
  readonly seed: number;
  readonly calibration: DistrictCalibration;
  readonly register: readonly RegisterRow[];
  readonly payments: readonly PaymentRow[];
}

const socialSituations: readonly SocialAssistanceSituation[] = [
  'aged_80_plus_no_pension',
  'aged_80_plus_no_pension',
  'aged_80_plus_no_pension',
  'poor_elderly_60_to_80_no_carer',
  'severe_disability',
  'especially_severe_disability',
  'severe_disability_child_or_elderly',
  'orphan_4_plus',
  'poor_single_parent_per_child',
];
const meritEntitlements: readonly MeritEntitlement[] = [
  'relative_of_one_martyr',
  'relative_of_one_martyr',
  'relative_of_two_martyrs',
  'war_invalid_21_percent',
  'sick_soldier_41_to_50_percent',
  'agent_orange_21_to_40_percent',
  'former_prisoner',
  'live_in_carer',
];
const banks = ['Agribank', 'VietinBank', 'BIDV', 'Vietcombank', 'LienVietPostBank'];

function person(random: Random, index: number, communeCode: string, villages: number, since: string) {
  const sex = random.chance(0.55) ? ('female' as const) : ('male' as const);
  const isMerit = random.chance(0.28);
  const entitlement = isMerit ? random.pick(meritEntitlements) : random.pick(socialSituations);
  const old = entitlement.includes('80_plus') || entitlement.includes('elderly') || isMerit;
  const birthYear =
    entitlement === 'orphan_4_plus'
      ? random.int(2008, 2018)
      : old
        ? random.int(1925, 1960)
        : random.int(1950, 1990);
  const category = isMerit ? meritCategory(entitlement as MeritEntitlement) : 'social_protection';
  const amount = isMerit
    ? meritMonthlyAmounts2024[entitlement as MeritEntitlement]
    : socialAssistanceAmount([entitlement as SocialAssistanceSituation], '2024-07-01');
  const centuryMarker = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  // The last six digits come from the row's index, so no two people share a CCCD; the draw is kept so the
  // generator's stream, and with it the calibrated district, stays as it was.
  random.int(0, 999_999);
  const nationalId = `034${centuryMarker}${String(birthYear % 100).padStart(2, '0')}${uniqueSerial(index)}`;
  return {
    id: `TH-${String(index).padStart(6, '0')}`,
    fullName: `${random.pick(familyNames)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`,
    birthYear,
    sex,
    nationalId,
    communeCode,
    village: `Thôn ${random.int(1, villages)}`,
    category,
    entitlement,
    monthlyAmountVnd: amount,
    since,
    severeDisability: entitlement.includes('disability'),
    cannotTravel: random.chance(birthYear < 1940 ? 0.3 : 0.05),
  } satisfies Omit<RegisterRow, 'stopReason'>;
}

/** A date in [from, to] (ISO). */
function dateBetween(random: Random, from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, Math.max(0, days)));
}

/**
 * Generates a synthetic district register and its monthly payment lists, deterministic for a seed and
 * calibrated to published figures (by default the source article on Tiền Hải): in the calibration month
 * exactly `beneficiaries` people are on the register, `accountHolders` of them hold an account and
 * `paidThroughAccount` are paid through one; each complete commune has all its beneficiaries with an
 * account (Tây Ninh's 376 in 1/2025; Tây Lương's over 900 at the end of 12/2024). Around that month:
 * entries, deaths and stop decisions, accounts opened month by month, authorised receivers, amounts from
 * the allowance rules (social assistance: 500.000 × coefficient; merit: the 2024 tables).
 *
 * Names are drawn from common name parts, CCCD numbers are well-formed for Thái Bình (034) but random:
 * every person is invented, and `synthetic: true` says so. O(people × months).
 *
 * @example synthesizeDistrict(units, { seed: 1 }).register.length > 17_475; // => true
 */
export function synthesizeDistrict(
  units: readonly AdminUnit[],
  options: { readonly seed?: number; readonly calibration?: DistrictCalibration } = {},
): SyntheticDistrict {
  const seed = options.seed ?? 1;
  const calibration = options.calibration ?? tienHaiCalibration;
  const random = createRandom(seed);
  const communes = units.filter(
    (u) => u.parentCode === calibration.districtCode && u.level === 'commune' && u.validTo !== null,
  );
  if (communes.length === 0) {
    throw new InvalidArgumentError(
      'synthesizeDistrict',
      `units hold no commune of district ${calibration.districtCode}`,
      `danh sách đơn vị không có xã nào của huyện ${calibration.districtCode}`,
    );
  }
  const { month } = calibration;
  const monthEnd = lastDayOf(month);
  const months = monthsBetween(calibration.from, calibration.to);
  const firstDay = `${calibration.from}-01`;

  // 1. How many beneficiaries each commune has in the calibration month.
  const fixed = new Map<string, number>();
  for (const complete of calibration.completeCommunes) {
    const n =
      typeof complete.beneficiaries === 'number'
        ? complete.beneficiaries
        : complete.beneficiaries.over + random.int(1, Math.ceil(complete.beneficiaries.over * 0.05));
    fixed.set(complete.code, n);
  }
  const free = communes.filter((c) => !fixed.has(c.code));
  const remaining = calibration.beneficiaries - [...fixed.values()].reduce((a, b) => a + b, 0);
  const weights = free.map(() => 0.6 + random.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = new Map<string, number>(fixed);
  let assigned = 0;
  free.forEach((c, i) => {
    const n =
      i === free.length - 1 ? remaining - assigned : Math.round(((weights[i] ?? 1) / total) * remaining);
    sizes.set(c.code, n);
    assigned += n;
  });

  const rows: RegisterRow[] = [];
  let index = 0;
  const completeMonth = new Map(calibration.completeCommunes.map((c) => [c.code, c.month]));

  // 2. The people on the register in the calibration month; some entered during the series, some stop after.
  for (const commune of communes) {
    const villages = random.int(5, 14);
    const lockedUntil = completeMonth.get(commune.code);
    for (let i = 0; i < (sizes.get(commune.code) ?? 0); i += 1) {
      index += 1;
      // Entries during the series, but none after a complete commune's month (its count must hold then).
      const lastEntry = lockedUntil !== undefined && lockedUntil < month ? lastDayOf(lockedUntil) : monthEnd;
      const since = random.chance(0.08)
        ? dateBetween(random, firstDay, lastEntry)
        : dateBetween(random, '2008-01-01', addDays(firstDay, -1));
      const row: RegisterRow = { ...person(random, index, commune.code, villages, since) };
      if (random.chance(0.03)) {
        const stop = dateBetween(random, addDays(monthEnd, 1), lastDayOf(calibration.to));
        Object.assign(row, { until: stop, stopReason: random.chance(0.8) ? 'died' : 'no_longer_eligible' });
      }
      rows.push(row);
    }
  }
  const core = rows.slice();

  // 3. Accounts: all but (beneficiaries − accountHolders) by the calibration month, opened progressively.
  const withoutAccount = new Set<RegisterRow>();
  const eligibleForGap = core.filter((r) => !completeMonth.has(r.communeCode));
  while (withoutAccount.size < calibration.beneficiaries - calibration.accountHolders) {
    withoutAccount.add(random.pick(eligibleForGap));
  }
  for (const row of core) {
    if (withoutAccount.has(row)) continue;
    const deadline = completeMonth.has(row.communeCode)
      ? lastDayOf(completeMonth.get(row.communeCode) ?? month)
      : monthEnd;
    const opened = random.chance(0.9)
      ? dateBetween(random, '2022-01-01', addDays(firstDay, -1))
      : dateBetween(random, firstDay, deadline);
    Object.assign(row, {
      accountOpenedOn: earlierDate(laterDate(opened, row.since), deadline),
      bank: random.pick(banks),
      accountNumber: `${random.int(1000, 9999)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    });
  }

  // 4. People who left before the calibration month, and who enter after it.
  for (const commune of communes) {
    const share = (sizes.get(commune.code) ?? 0) / calibration.beneficiaries;
    const locked = completeMonth.get(commune.code);
    const leavers = Math.round(share * 45 * monthsBetween(calibration.from, month).length);
    for (let i = 0; i < leavers; i += 1) {
      index += 1;
      const row: RegisterRow = {
        ...person(random, index, commune.code, 10, dateBetween(random, '2008-01-01', addDays(firstDay, -1))),
      };
      // In a complete commune, leave before its month so its count holds for the whole of that month.
      const until = dateBetween(
        random,
        addDays(firstDay, 1),
        locked !== undefined ? addDays(`${locked}-01`, -1) : monthEnd,
      );
      Object.assign(row, {
        until,
        stopReason: random.chance(0.85) ? 'died' : random.pick(['moved_out', 'no_longer_eligible', 'other']),
      });
      if (random.chance(0.85)) {
        Object.assign(row, {
          accountOpenedOn: dateBetween(random, '2022-01-01', until),
          bank: random.pick(banks),
          accountNumber: `${random.int(1000, 9999)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        });
      }
      rows.push(row);
    }
    const entrants =
      Math.round(share * 40 * monthsBetween(month, calibration.to).length) - Math.round(share * 40);
    for (let i = 0; i < entrants; i += 1) {
      index += 1;
      const since = dateBetween(random, addDays(monthEnd, 1), lastDayOf(calibration.to));
      const row: RegisterRow = { ...person(random, index, commune.code, 10, since) };
      if (random.chance(0.93)) {
        Object.assign(row, {
          accountOpenedOn: since,
          bank: random.pick(banks),
          accountNumber: `${random.int(1000, 9999)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        });
      }
      rows.push(row);
    }
  }

  // 5. Authorised receivers for some of those who cannot travel.
  for (const row of rows) {
    if (row.cannotTravel && random.chance(0.35)) {
      const sex = random.chance(0.5) ? 'female' : 'male';
      Object.assign(row, {
        authorisedReceiver: `${row.fullName.split(' ')[0]} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`,
      });
    }
  }

  // 6. Payment lists: everyone on the register is paid each month; through an account when they hold
  //    one, except a few each month (exactly accountHolders − paidThroughAccount in the calibration month).
  const payments: PaymentRow[] = [];
  for (const period of months) {
    const end = lastDayOf(period);
    const active = rows.filter((r) => r.since <= end && (r.until === undefined || r.until > end));
    const holders = active.filter((r) => r.accountOpenedOn !== undefined && r.accountOpenedOn <= end);
    const cashAnyway = new Set<RegisterRow>();
    const cashTarget =
      period === month
        ? calibration.accountHolders - calibration.paidThroughAccount
        : Math.round(holders.length * 0.008);
    const pool = holders.filter((r) => !completeMonth.has(r.communeCode));
    while (cashAnyway.size < Math.min(cashTarget, pool.length)) cashAnyway.add(random.pick(pool));
    for (const row of active) {
      const throughAccount =
        row.accountOpenedOn !== undefined && row.accountOpenedOn <= end && !cashAnyway.has(row);
      payments.push({
        beneficiaryId: row.id,
        period,
        channel: throughAccount ? 'account' : row.cannotTravel ? 'cash_at_home' : 'cash',
        status: 'paid',
        amountVnd: row.monthlyAmountVnd ?? 0,
        receivedBy:
          row.authorisedReceiver !== undefined && !throughAccount ? 'authorised_receiver' : 'beneficiary',
      });
    }
  }
  return { synthetic: true, seed, calibration, register: rows, payments };
}
