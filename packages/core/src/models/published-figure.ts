import { z } from 'zod';
import { adminLevelSchema, adminUnitTypeSchema } from './admin-unit.js';
import { beneficiaryCategoryCodeSchema } from './beneficiary-category.js';
import { amountVnd, count, decimalString, isoDate, isoMonth, sourceSchema, unitCode } from './common.js';
import { describe } from './describe.js';
import { indicatorSchema, populationSchema } from './indicator.js';

/**
 * What a published figure measures: one of the indicators ansinh computes (`account_rate`,
 * `paid_through_account_rate`, …), or, for figures that texts state beside them:
 * - `cashless_units_share`: a share of units (provinces, communes) that pay without cash, such as
 *   "26/63 tỉnh, thành phố" or "100% các xã", not a share of people;
 * - `other`: any other figure about the register or the payment process (people reviewed, verified, paid
 *   in cash, cleaned records, an increase); its `topic` gives the source's words.
 */
export const figureIndicatorSchema = z
  .enum([...indicatorSchema.options, 'cashless_units_share', 'other'])
  .meta(
    describe(
      'Chỉ số của số liệu: một chỉ số ansinh tính, tỷ lệ đơn vị chi trả không dùng tiền mặt, hoặc khác',
      'what a figure measures: an indicator ansinh computes, a share of units paying without cash, or other',
    ),
  );

/**
 * How a stated count relates to the true count:
 * - `exact`: as stated (`376`);
 * - `over`: strictly more (`trên 900`, `hơn 13.000`);
 * - `under`: strictly fewer (`dưới 50`);
 * - `nearly`: a little fewer (`gần 18.000`);
 * - `about`: near, either side (`khoảng 900`, `xấp xỉ 900`);
 * - `at_least` (`ít nhất`, `tối thiểu`), `at_most` (`tối đa`, `không quá`).
 */
export const qualifierSchema = z
  .enum(['exact', 'over', 'under', 'nearly', 'about', 'at_least', 'at_most'])
  .meta(
    describe(
      'Cách nói: chính xác, trên/hơn, dưới, gần, khoảng, ít nhất, tối đa',
      'qualifier: exact, over, under, nearly, about, at least, at most',
    ),
  );

/** A count as a text states it. */
export const statedCountSchema = z
  .object({
    value: count.meta(describe('Giá trị', 'value')),
    qualifier: qualifierSchema,
    population: populationSchema,
    asStated: z
      .string()
      .min(1)
      .meta(describe('Nguyên văn con số (vd. "trên 900")', 'the number as written, e.g. "trên 900"')),
    basis: z
      .enum(['stated', 'implied'])
      .meta(
        describe(
          'Ghi bằng số hay suy ra từ lời văn',
          '"stated" as a number, or "implied" by the wording (explain in note)',
        ),
      ),
    note: z.string().optional().meta(describe('Giải thích', 'explanation')),
  })
  .meta(describe('Con số như được nêu', 'a count as stated'));

/** An amount of money as a text states it (`hơn 1,1 tỷ đồng`, `VND 4,157.8 billion`), in whole dong. */
export const statedAmountSchema = z
  .object({
    value: amountVnd,
    qualifier: qualifierSchema,
    asStated: z
      .string()
      .min(1)
      .meta(describe('Nguyên văn (vd. "hơn 1,1 tỷ đồng")', 'the amount as written, e.g. "hơn 1,1 tỷ đồng"')),
    channel: z
      .enum(['account', 'cash', 'all'])
      .meta(
        describe(
          'Chi qua tài khoản, bằng tiền mặt, hay tổng cộng',
          'paid through accounts, in cash, or in total',
        ),
      ),
  })
  .meta(describe('Số tiền như được nêu', 'an amount as stated'));

/** Where a figure is about. */
export const localitySchema = z
  .object({
    name: z.string().min(1).meta(describe('Tên địa bàn', 'name')),
    level: z
      .union([adminLevelSchema, z.literal('national')])
      .meta(describe('Cấp: toàn quốc, tỉnh, huyện, xã', 'level: national, province, district, commune')),
    type: adminUnitTypeSchema.optional(),
    code: unitCode.optional(),
    candidates: z
      .array(unitCode)
      .min(2)
      .optional()
      .meta(
        describe(
          'Các mã có thể, khi tên trùng nhiều đơn vị mà nguồn không nói rõ',
          'the codes the name may stand for, when several units hold it and the source does not say which',
        ),
      ),
    asStated: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          'Chữ dùng để gọi địa bàn trong nguồn (vd. "toàn tỉnh", "Hanoi")',
          'the words the source names the place with, e.g. "toàn tỉnh", "Hanoi"',
        ),
      ),
    part: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          'Phần của địa bàn mà số liệu nói tới (vd. các xã thí điểm)',
          'the part of the locality the figure covers, e.g. pilot communes',
        ),
      ),
  })
  .meta(describe('Địa bàn', 'locality'));

/**
 * Who a figure counts (nhóm đối tượng): everyone on a monthly allowance (`all`), one beneficiary category,
 * or the two families with their dependants as provinces report them.
 */
export const figureGroupSchema = z
  .union([
    z.literal('all'),
    beneficiaryCategoryCodeSchema,
    z.literal('merit_and_relatives'),
    z.literal('social_protection_and_carers'),
    z.literal('pension'),
    z.literal('other'),
  ])
  .meta(
    describe(
      'Nhóm đối tượng: tất cả, một nhóm, người có công và thân nhân, bảo trợ xã hội kể cả người chăm sóc, người hưởng lương hưu và trợ cấp BHXH hàng tháng, nhóm khác',
      'group counted: all, one category, merit with relatives, social protection with carers, pensions and monthly social-insurance benefits (BHXH), another group',
    ),
  );

const periodAsStated = z
  .string()
  .min(1)
  .meta(describe('Nguyên văn (vd. "tháng 1/2025")', 'as written, e.g. "tháng 1/2025"'));

/**
 * When a figure holds: a month (`tháng 1/2025`), a date (`hết tháng 12/2024`), a year (`năm 2024`), the
 * time of publication (`hiện có`, `đến nay`), a span of dates (`from January 2023 to June 22, 2023`), or
 * words that name no calendar date (`since the beginning of the year`, `mỗi tháng`), kept as stated.
 */
export const figurePeriodSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('month'),
      month: isoMonth.meta(describe('Tháng (YYYY-MM)', 'month, YYYY-MM')),
      asStated: periodAsStated,
    }),
    z.object({
      kind: z.literal('as_of'),
      date: isoDate.meta(describe('Tính đến ngày', 'as of this date')),
      asStated: periodAsStated,
    }),
    z.object({
      kind: z.literal('year'),
      year: z.int().min(1990).max(2100).meta(describe('Năm', 'year')),
      asStated: periodAsStated,
    }),
    z.object({ kind: z.literal('at_publication'), asStated: periodAsStated }),
    z.object({
      kind: z.literal('between'),
      from: isoDate.meta(describe('Từ ngày', 'from this date')),
      to: isoDate.meta(describe('Đến ngày', 'to this date')),
      asStated: periodAsStated,
    }),
    z.object({ kind: z.literal('stated'), asStated: periodAsStated }),
  ])
  .meta(describe('Thời điểm/kỳ của số liệu', 'period or date the figure holds for'));

/** A percent as printed. */
export const statedPercentSchema = z
  .object({
    asStated: z.string().min(1).meta(describe('Nguyên văn (vd. "99,98%")', 'as printed, e.g. "99,98%"')),
    value: decimalString.meta(
      describe(
        'Giá trị, dấu chấm thập phân, giữ đủ chữ số',
        'value with "." as mark, every stated decimal kept',
      ),
    ),
    qualifier: qualifierSchema,
  })
  .meta(describe('Tỷ lệ phần trăm như được nêu', 'a percent as stated'));

const figureCommon = {
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { message: 'cần mã dạng chữ-thường-nối-gạch / expected a kebab-case id' })
    .meta(describe('Mã số liệu', 'figure key (kebab-case)')),
  locality: localitySchema,
  period: figurePeriodSchema,
  group: figureGroupSchema.default('all'),
  partOf: z
    .string()
    .optional()
    .meta(
      describe(
        'Mã số liệu tổng mà số liệu này là một phần (các phần cộng lại bằng tổng)',
        'id of the whole this figure is a part of; the parts of a whole must add up to it',
      ),
    ),
  target: z
    .boolean()
    .optional()
    .meta(
      describe(
        'Là chỉ tiêu, mục tiêu (chưa phải kết quả đạt được)',
        'a target or deadline (chỉ tiêu, mục tiêu), not an achievement',
      ),
    ),
  topic: z
    .string()
    .min(1)
    .optional()
    .meta(
      describe(
        'Số liệu đếm gì, theo lời nguồn (cho chỉ số "other")',
        'what the figure counts, in the source\'s words (for indicator "other")',
      ),
    ),
  quotes: z
    .array(z.string().min(1))
    .meta(
      describe(
        'Trích dẫn nguyên văn từ nguồn (mỗi câu liên quan); để trống chỉ khi ghi chú giải thích vì sao',
        'verbatim quotes from the source, one per sentence used; empty only with a note saying why',
      ),
    ),
  note: z.string().optional().meta(describe('Ghi chú', 'note')),
};

/**
 * A published rate: numerator and denominator as far as stated, and the percent printed (`null` when the
 * text states the counts, `115/237`, but prints no percent).
 */
export const publishedRateSchema = z.object({
  kind: z.literal('rate'),
  ...figureCommon,
  indicator: figureIndicatorSchema,
  numerator: statedCountSchema
    .nullable()
    .meta(describe('Tử số, null nếu không nêu', 'numerator, null if not stated')),
  denominator: statedCountSchema
    .nullable()
    .meta(describe('Mẫu số, null nếu không nêu', 'denominator, null if not stated')),
  percent: statedPercentSchema
    .nullable()
    .meta(describe('Tỷ lệ in ra, null nếu không in', 'the percent printed, null if none is printed')),
});

/** A published count on its own (`17.472 người … đã có tài khoản ATM`). */
export const publishedCountSchema = z.object({
  kind: z.literal('count'),
  ...figureCommon,
  count: statedCountSchema,
});

/** A published amount of money paid (`tổng kinh phí chi trả hơn 15.375 tỷ đồng`). */
export const publishedAmountSchema = z.object({
  kind: z.literal('amount'),
  ...figureCommon,
  amount: statedAmountSchema,
});

/** A published rank (`địa phương dẫn đầu tỉnh`: first in the province). */
export const publishedRankSchema = z.object({
  kind: z.literal('rank'),
  ...figureCommon,
  indicator: indicatorSchema,
  rank: z.int().positive().meta(describe('Thứ hạng', 'rank, 1 = first')),
  among: z.string().min(1).meta(describe('Xếp hạng trong số', 'what it is ranked among')),
});

/** A figure without a quote must say why in its note. */
function quotedOrExplained(
  figure: { readonly quotes: readonly string[]; readonly note?: string | undefined },
  context: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void },
  path: PropertyKey[],
): void {
  if (figure.quotes.length === 0 && (figure.note === undefined || figure.note.trim() === '')) {
    context.addIssue({
      code: 'custom',
      message: 'a figure needs at least one verbatim quote, or a note saying why there is none',
      path: [...path, 'quotes'],
    });
  }
}

/** A figure as published, with its provenance. */
export const publishedFigureSchema = z
  .discriminatedUnion('kind', [
    publishedRateSchema.extend({ source: sourceSchema }),
    publishedCountSchema.extend({ source: sourceSchema }),
    publishedAmountSchema.extend({ source: sourceSchema }),
    publishedRankSchema.extend({ source: sourceSchema }),
  ])
  .superRefine((figure, context) => quotedOrExplained(figure, context, []))
  .meta({ id: 'PublishedFigure', ...describe('Số liệu đã công bố', 'published figure') });

/**
 * A dataset file of published figures: one source and the figures it states. `figures` carry no source of
 * their own; `flattenFigureSet` attaches it.
 */
export const publishedFigureSetSchema = z
  .object({
    source: sourceSchema,
    figures: z
      .array(
        z.discriminatedUnion('kind', [
          publishedRateSchema,
          publishedCountSchema,
          publishedAmountSchema,
          publishedRankSchema,
        ]),
      )
      .min(1)
      .meta(
        describe('Các số liệu: tỷ lệ, số đếm, số tiền, xếp hạng', 'figures: rates, counts, amounts, ranks'),
      ),
  })
  .superRefine((set, context) => {
    const ids = new Set<string>();
    set.figures.forEach((figure, index) => {
      quotedOrExplained(figure, context, ['figures', index]);
      if (ids.has(figure.id)) {
        context.addIssue({
          code: 'custom',
          message: `duplicate figure id ${figure.id}`,
          path: ['figures', index, 'id'],
        });
      }
      ids.add(figure.id);
    });
    set.figures.forEach((figure, index) => {
      if (figure.partOf !== undefined && !ids.has(figure.partOf)) {
        context.addIssue({
          code: 'custom',
          message: `partOf names no figure of this set: ${figure.partOf}`,
          path: ['figures', index, 'partOf'],
        });
      }
    });
  })
  .meta({ id: 'PublishedFigureSet', ...describe('Bộ số liệu của một nguồn', 'figures of one source') });

export type Qualifier = z.infer<typeof qualifierSchema>;
export type StatedCount = z.infer<typeof statedCountSchema>;
export type Locality = z.infer<typeof localitySchema>;
export type FigureGroup = z.infer<typeof figureGroupSchema>;
export type FigurePeriod = z.infer<typeof figurePeriodSchema>;
export type StatedPercent = z.infer<typeof statedPercentSchema>;
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
export type PublishedRate = Extract<PublishedFigure, { kind: 'rate' }>;
export type PublishedCount = Extract<PublishedFigure, { kind: 'count' }>;
export type PublishedAmount = Extract<PublishedFigure, { kind: 'amount' }>;
export type StatedAmount = z.infer<typeof statedAmountSchema>;
export type FigureIndicator = z.infer<typeof figureIndicatorSchema>;
export type PublishedRank = Extract<PublishedFigure, { kind: 'rank' }>;
export type PublishedFigureSet = z.infer<typeof publishedFigureSetSchema>;

/**
 * The figures of a set, each with the set's source attached.
 *
 * @example flattenFigureSet(tienHai)[0].source.author; // => 'Đỗ Hồng Anh'
 */
export function flattenFigureSet(set: PublishedFigureSet): PublishedFigure[] {
  return set.figures.map((figure) => ({ ...figure, source: set.source }) as PublishedFigure);
}

/**
 * The counts of people a figure states or implies: a rate's numerator and denominator (those not
 * `null`), a count's count; an amount (money) and a rank state none.
 *
 * @example statedCountsOf(tienHai.figures[4]).map((c) => c.value); // => [17472, 17475]
 */
export function statedCountsOf(
  figure:
    | {
        readonly kind: 'rate';
        readonly numerator: StatedCount | null;
        readonly denominator: StatedCount | null;
      }
    | { readonly kind: 'count'; readonly count: StatedCount }
    | { readonly kind: 'amount' }
    | { readonly kind: 'rank' },
): StatedCount[] {
  if (figure.kind === 'count') return [figure.count];
  if (figure.kind === 'rank' || figure.kind === 'amount') return [];
  return [figure.numerator, figure.denominator].filter((count): count is StatedCount => count !== null);
}

/**
 * A key equal for two periods exactly when they are the same period (`month:2025-01`, `as_of:2024-12-31`,
 * `year:2024`, `at_publication`), however each was worded.
 *
 * @example figurePeriodKey({ kind: 'month', month: '2025-01', asStated: 'Trong tháng 1/2025' }); // => 'month:2025-01'
 */
export function figurePeriodKey(period: FigurePeriod): string {
  switch (period.kind) {
    case 'month':
      return `month:${period.month}`;
    case 'as_of':
      return `as_of:${period.date}`;
    case 'year':
      return `year:${period.year}`;
    case 'at_publication':
      return 'at_publication';
    case 'between':
      return `between:${period.from}/${period.to}`;
    case 'stated':
      return `stated:${period.asStated.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()}`;
  }
}
