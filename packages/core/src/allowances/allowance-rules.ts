import { InvalidArgumentError } from '../errors.js';
import type { BeneficiaryCategoryCode } from '../models/beneficiary-category.js';

/**
 * The standard level of social assistance (mức chuẩn trợ giúp xã hội), VND a month, by the date it took
 * effect (reference/FACTS.md §5): 360.000 from 1 Jul 2021 (Decree 20/2021/NĐ-CP, primary), 500.000 from
 * 1 Jul 2024 (Decree 76/2024/NĐ-CP, secondary).
 */
export const socialAssistanceStandardLevels: readonly {
  readonly from: string;
  readonly vnd: number;
  readonly basis: string;
}[] = [
  { from: '2021-07-01', vnd: 360_000, basis: '20/2021/NĐ-CP' },
  { from: '2024-07-01', vnd: 500_000, basis: '76/2024/NĐ-CP' },
];

/**
 * Coefficients of Decree 20/2021/NĐ-CP, Art. 6, in tenths (15 = 1,5), for the situations ansinh models.
 * Only the highest coefficient applies to a person.
 */
export const socialAssistanceCoefficients = {
  orphan_under_4: 25,
  orphan_4_plus: 15,
  student_16_to_22: 15,
  poor_single_parent_per_child: 10,
  poor_elderly_60_to_80_no_carer: 15,
  poor_elderly_80_plus_no_carer: 20,
  aged_80_plus_no_pension: 10,
  elderly_with_community_carer: 30,
  severe_disability: 15,
  severe_disability_child_or_elderly: 20,
  especially_severe_disability: 20,
  especially_severe_disability_child_or_elderly: 25,
} as const satisfies Record<string, number>;

export type SocialAssistanceSituation = keyof typeof socialAssistanceCoefficients;

/**
 * Monthly amounts for people with meritorious service (Decree 75/2021/NĐ-CP as amended; consolidated text
 * 4804/VBHN-BLĐTBXH; FACTS §5), in VND, in force from 1 Jul 2024 (standard level 2.789.000). A selection of
 * the tables, enough for the synthetic register; amounts are rounded to the nearest 1.000 by the decree.
 */
export const meritMonthlyAmounts2024 = {
  relative_of_one_martyr: 2_789_000,
  relative_of_two_martyrs: 5_578_000,
  relative_of_three_martyrs: 8_367_000,
  war_invalid_21_percent: 1_878_000,
  war_invalid_100_percent: 8_941_000,
  sick_soldier_41_to_50_percent: 2_911_000,
  sick_soldier_91_to_100_percent: 7_104_000,
  agent_orange_21_to_40_percent: 2_120_000,
  agent_orange_81_percent_plus: 6_358_000,
  former_prisoner: 1_673_000,
  live_in_carer: 2_789_000,
} as const satisfies Record<string, number>;

export type MeritEntitlement = keyof typeof meritMonthlyAmounts2024;

/**
 * The standard level of social assistance in force on a date (ISO). Throws `InvalidArgumentError` before
 * 1 Jul 2021, where ansinh has no level.
 *
 * @example socialAssistanceStandardLevel('2025-01-15'); // => 500000
 */
export function socialAssistanceStandardLevel(date: string): number {
  let level: number | undefined;
  for (const entry of socialAssistanceStandardLevels) if (entry.from <= date) level = entry.vnd;
  if (level === undefined) {
    throw new InvalidArgumentError(
      'socialAssistanceStandardLevel',
      `no standard level is recorded before 2021-07-01, got ${date}`,
      `chưa có mức chuẩn trước 01/07/2021, nhận được ${date}`,
    );
  }
  return level;
}

/**
 * A social-assistance allowance: standard level in force on `date` × the highest coefficient among the
 * person's situations (Decree 20/2021/NĐ-CP, Art. 6). Whole dong; O(situations).
 *
 * @example socialAssistanceAmount(['aged_80_plus_no_pension', 'severe_disability'], '2025-01-15'); // => 750000
 */
export function socialAssistanceAmount(
  situations: readonly SocialAssistanceSituation[],
  date: string,
): number {
  if (situations.length === 0) {
    throw new InvalidArgumentError(
      'socialAssistanceAmount',
      'at least one situation is needed',
      'cần ít nhất một trường hợp hưởng',
    );
  }
  const tenths = Math.max(...situations.map((s) => socialAssistanceCoefficients[s]));
  return (socialAssistanceStandardLevel(date) * tenths) / 10;
}

/** The category a merit entitlement is paid under. */
export function meritCategory(entitlement: MeritEntitlement): BeneficiaryCategoryCode {
  return entitlement.startsWith('relative_') || entitlement === 'live_in_carer' ? 'merit_relative' : 'merit';
}
