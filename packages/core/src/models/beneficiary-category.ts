import { z } from 'zod';
import { sourceLabelSchema } from './common.js';
import { describe } from './describe.js';

/**
 * Beneficiary category codes (nhóm đối tượng hưởng trợ cấp hàng tháng):
 * - `merit`: person with meritorious service to the revolution (người có công với cách mạng);
 * - `merit_relative`: relative of one (thân nhân người có công);
 * - `social_protection`: social-protection beneficiary on a monthly allowance (đối tượng bảo trợ xã hội);
 * - `social_protection_carer`: household or carer paid to look after one (hộ gia đình, người nhận chăm
 *   sóc, nuôi dưỡng), counted in some provinces' denominators;
 * - `social_pension`: social pension from 1 Jul 2025 (trợ cấp hưu trí xã hội).
 */
export const beneficiaryCategoryCodeSchema = z
  .enum(['merit', 'merit_relative', 'social_protection', 'social_protection_carer', 'social_pension'])
  .meta(describe('Mã nhóm đối tượng', 'beneficiary category code'));

/** A legal instrument that founds a category or a rule. */
export const legalInstrumentSchema = z
  .object({
    number: z.string().min(1).meta(describe('Số hiệu văn bản', 'instrument number, e.g. 20/2021/NĐ-CP')),
    kind: z
      .enum(['ordinance', 'law', 'decree', 'decision', 'directive', 'resolution', 'circular', 'plan'])
      .meta(
        describe(
          'Loại văn bản: pháp lệnh, luật, nghị định, quyết định, chỉ thị, nghị quyết, thông tư, kế hoạch',
          'kind of instrument',
        ),
      ),
    title: z.string().min(1).meta(describe('Trích yếu', 'title or subject')),
    issuedOn: z.iso.date().optional().meta(describe('Ngày ban hành', 'date issued')),
    label: sourceLabelSchema.meta(describe('Mức xác nhận của nguồn', 'how the reference was confirmed')),
  })
  .meta(describe('Văn bản pháp lý', 'legal instrument'));

/** A beneficiary category with its names and legal basis. */
export const beneficiaryCategorySchema = z
  .object({
    code: beneficiaryCategoryCodeSchema,
    group: z
      .enum(['merit', 'social_protection'])
      .meta(
        describe(
          'Khối chính sách: ưu đãi người có công hoặc bảo trợ xã hội',
          'policy family: meritorious service or social protection',
        ),
      ),
    nameVi: z.string().min(1).meta(describe('Tên tiếng Việt', 'Vietnamese name')),
    nameEn: z.string().min(1).meta(describe('Tên tiếng Anh', 'English name')),
    legalBasis: z.array(legalInstrumentSchema).min(1).meta(describe('Căn cứ pháp lý', 'legal basis')),
  })
  .meta({ id: 'BeneficiaryCategory', ...describe('Nhóm đối tượng hưởng trợ cấp', 'beneficiary category') });

export type BeneficiaryCategoryCode = z.infer<typeof beneficiaryCategoryCodeSchema>;
export type LegalInstrument = z.infer<typeof legalInstrumentSchema>;
export type BeneficiaryCategory = z.infer<typeof beneficiaryCategorySchema>;

const meritOrdinance: LegalInstrument = {
  number: '02/2020/UBTVQH14',
  kind: 'ordinance',
  title:
    'Pháp lệnh Ưu đãi người có công với cách mạng (Ordinance on preferential treatment of people with meritorious service)',
  label: 'primary',
};
const meritDecree: LegalInstrument = {
  number: '75/2021/NĐ-CP',
  kind: 'decree',
  title:
    'Mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công (allowance levels), amended by 55/2023/NĐ-CP and 77/2024/NĐ-CP; consolidated in 4804/VBHN-BLĐTBXH',
  label: 'primary',
};
const socialAssistanceDecree: LegalInstrument = {
  number: '20/2021/NĐ-CP',
  kind: 'decree',
  title:
    'Chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội (social assistance for social-protection beneficiaries)',
  label: 'primary',
};

/**
 * The taxonomy of monthly beneficiaries, with legal basis (reference/FACTS.md §2 and §5).
 */
export const beneficiaryCategories: readonly BeneficiaryCategory[] = [
  {
    code: 'merit',
    group: 'merit',
    nameVi: 'Người có công với cách mạng',
    nameEn: 'Person with meritorious service to the revolution',
    legalBasis: [meritOrdinance, meritDecree],
  },
  {
    code: 'merit_relative',
    group: 'merit',
    nameVi: 'Thân nhân người có công với cách mạng',
    nameEn: 'Relative of a person with meritorious service',
    legalBasis: [meritOrdinance, meritDecree],
  },
  {
    code: 'social_protection',
    group: 'social_protection',
    nameVi: 'Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng',
    nameEn: 'Social-protection beneficiary on a monthly allowance',
    legalBasis: [socialAssistanceDecree],
  },
  {
    code: 'social_protection_carer',
    group: 'social_protection',
    nameVi: 'Hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội',
    nameEn: 'Household or person paid to care for a social-protection beneficiary',
    legalBasis: [socialAssistanceDecree],
  },
  {
    code: 'social_pension',
    group: 'social_protection',
    nameVi: 'Người hưởng trợ cấp hưu trí xã hội',
    nameEn: 'Social pension recipient (from 1 Jul 2025)',
    legalBasis: [
      {
        number: '41/2024/QH15',
        kind: 'law',
        title: 'Luật Bảo hiểm xã hội (Law on Social Insurance)',
        label: 'secondary',
      },
      {
        number: '176/2025/NĐ-CP',
        kind: 'decree',
        title: 'Quy định chi tiết về trợ cấp hưu trí xã hội (social pension)',
        label: 'secondary',
      },
    ],
  },
];
