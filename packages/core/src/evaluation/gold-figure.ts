import { z } from 'zod';
import { describe } from '../models/describe.js';

const goldQualifier = z
  .enum(['exact', 'over', 'under', 'nearly', 'about'])
  .nullable()
  .meta(
    describe('Cách nói của con số, null nếu không có số', 'qualifier of the number, null when no number'),
  );

/** What a hand-annotated figure measures, in the annotation's own words (see the corpus README). */
export const goldIndicatorSchema = z
  .enum([
    'account_rate',
    'paid_via_account_rate',
    'paid_via_account_count',
    'accounts_opened',
    'beneficiaries_total',
    'amount_vnd',
    'cashless_rate_other',
    'other',
  ])
  .meta(describe('Chỉ số theo bộ chú giải', 'indicator as the annotation names it'));

/** Who a hand-annotated figure counts. */
export const goldGroupSchema = z
  .enum(['all', 'merit', 'social_assistance', 'pension', 'other'])
  .meta(describe('Nhóm đối tượng theo bộ chú giải', 'group as the annotation names it'));

/**
 * One figure a page states, annotated by hand (a line of a `gold.jsonl`): where, what, when, the numbers as
 * stated with their qualifiers, whether the percent follows from the counts, and the sentence it is in.
 * The format of shared/corpus/README.md, which researchers can follow to build their own gold sets.
 */
export const goldFigureSchema = z
  .object({
    article: z.string().min(1).meta(describe('Tệp bài báo', 'article file name, e.g. 005.txt')),
    id: z.string().min(1).meta(describe('Mã số liệu', 'figure id, e.g. C005-3')),
    place: z.string().min(1).meta(describe('Địa bàn như văn bản gọi', 'the place as the text names it')),
    level: z
      .enum(['commune', 'district', 'province', 'nation', 'other'])
      .meta(describe('Cấp địa bàn', 'level of the place')),
    province: z.string().nullable().meta(describe('Tỉnh', 'province the place lies in, null for national')),
    indicator: goldIndicatorSchema,
    group: goldGroupSchema,
    period: z.string().nullable().meta(describe('Thời điểm như được nêu', 'period as stated, or null')),
    numerator: z.number().nullable().meta(describe('Tử số hoặc số đếm', 'numerator or count, or null')),
    denominator: z.number().nullable().meta(describe('Mẫu số', 'denominator, or null')),
    percent: z.number().nullable().meta(describe('Tỷ lệ', 'percent as printed, or null')),
    percent_text: z.string().nullable().meta(describe('Tỷ lệ nguyên văn', 'percent verbatim, or null')),
    qualifier_numerator: goldQualifier,
    qualifier_denominator: goldQualifier,
    qualifier_percent: goldQualifier,
    consistent: z
      .boolean()
      .nullable()
      .meta(
        describe(
          'Tỷ lệ có khớp các số (làm tròn nửa lên) khi cả ba số chính xác',
          'whether half-up rounding of the counts gives the percent, when all three are stated exactly',
        ),
      ),
    quote: z.string().min(1).meta(describe('Câu trích nguyên văn', 'the sentence, verbatim')),
    note: z.string().nullable().meta(describe('Ghi chú', 'note, or null; targets say TARGET')),
  })
  .meta({ id: 'GoldFigure', ...describe('Số liệu chú giải tay', 'hand-annotated figure') });

export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldIndicator = z.infer<typeof goldIndicatorSchema>;
export type GoldGroup = z.infer<typeof goldGroupSchema>;

/** True for a figure the annotation marks as a target or deadline, not an achievement. */
export function isGoldTarget(figure: Pick<GoldFigure, 'note'>): boolean {
  return figure.note !== null && /\bTARGET\b/u.test(figure.note);
}
