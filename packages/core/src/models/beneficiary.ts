import { z } from 'zod';
import { beneficiaryCategoryCodeSchema } from './beneficiary-category.js';
import { amountVnd, isoDate, nationalId, personName, unitCode } from './common.js';
import { describe } from './describe.js';

/**
 * A person on a monthly allowance (người hưởng trợ cấp hàng tháng): one row of a commune's register.
 * `id` is a pseudonymous key; the name and citizen ID are personal data (Decree 13/2023/NĐ-CP) and are
 * masked in every output unless the caller asks otherwise.
 */
export const beneficiarySchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã đối tượng (khóa giả danh)', 'beneficiary key (pseudonymous)')),
    fullName: personName.optional(),
    nationalId: nationalId.optional(),
    birthYear: z.int().min(1900).max(2100).optional().meta(describe('Năm sinh', 'year of birth')),
    categories: z
      .array(beneficiaryCategoryCodeSchema)
      .min(1)
      .meta(describe('Các nhóm đối tượng đang hưởng', 'categories the person is paid under')),
    unitCode: unitCode.meta(describe('Mã xã nơi quản lý', 'code of the commune that manages the file')),
    since: isoDate.meta(describe('Hưởng từ ngày', 'allowance start date')),
    until: isoDate
      .optional()
      .meta(describe('Dừng hưởng từ ngày (nếu có)', 'date the allowance stopped, if it did')),
    monthlyAmountVnd: amountVnd
      .optional()
      .meta(describe('Mức trợ cấp hàng tháng (đồng)', 'monthly allowance in dong')),
  })
  .meta({ id: 'Beneficiary', ...describe('Người hưởng trợ cấp hàng tháng', 'monthly beneficiary') });

export type Beneficiary = z.infer<typeof beneficiarySchema>;
