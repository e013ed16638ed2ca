import { z } from 'zod';
import { isoDate, unitCode } from './common.js';
import { describe } from './describe.js';

/**
 * A change to the register (đối tượng tăng, giảm): a beneficiary `added` (tăng) or `stopped` (giảm; a
 * quyết định dừng trợ cấp, decision to stop the allowance), with its reason.
 */
export const registerChangeSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã biến động', 'change key')),
    beneficiaryId: z.string().min(1).meta(describe('Mã đối tượng', 'beneficiary key')),
    unitCode: unitCode.meta(describe('Mã xã', 'commune code')),
    kind: z.enum(['added', 'stopped']).meta(describe('Tăng hoặc giảm', 'added or stopped')),
    effectiveOn: isoDate.meta(describe('Có hiệu lực từ ngày', 'effective date')),
    reason: z
      .enum([
        'newly_eligible',
        'moved_in',
        'died',
        'moved_out',
        'no_longer_eligible',
        'category_change',
        'other',
      ])
      .meta(
        describe(
          'Lý do: mới đủ điều kiện, chuyển đến, từ trần, chuyển đi, không còn đủ điều kiện, đổi nhóm, khác',
          'reason: newly eligible, moved in, died, moved out, no longer eligible, category change, other',
        ),
      ),
    decisionNumber: z.string().min(1).optional().meta(describe('Số quyết định', 'number of the decision')),
    note: z.string().optional().meta(describe('Ghi chú', 'note')),
  })
  .meta({ id: 'RegisterChange', ...describe('Biến động đối tượng', 'register change') });

export type RegisterChange = z.infer<typeof registerChangeSchema>;
