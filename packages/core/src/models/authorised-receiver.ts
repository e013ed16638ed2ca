import { z } from 'zod';
import { isoDate, nationalId, personName } from './common.js';
import { describe } from './describe.js';

/**
 * A person authorised to receive a beneficiary's allowance (người được ủy quyền nhận tiền), e.g. a child
 * for an elderly parent who cannot travel.
 */
export const authorisedReceiverSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã người được ủy quyền', 'receiver key')),
    beneficiaryId: z.string().min(1).meta(describe('Mã đối tượng ủy quyền', 'key of the beneficiary')),
    fullName: personName.optional(),
    nationalId: nationalId.optional(),
    relationship: z
      .enum(['spouse', 'child', 'parent', 'sibling', 'grandchild', 'other_relative', 'carer', 'other'])
      .meta(describe('Quan hệ với đối tượng', 'relationship to the beneficiary')),
    validFrom: isoDate.meta(describe('Ủy quyền từ ngày', 'authorisation start')),
    validTo: isoDate.optional().meta(describe('Ủy quyền đến ngày', 'authorisation end')),
    accountId: z
      .string()
      .min(1)
      .optional()
      .meta(describe('Tài khoản nhận thay (nếu có)', 'account the receiver is paid into, if any')),
  })
  .meta({ id: 'AuthorisedReceiver', ...describe('Người được ủy quyền nhận tiền', 'authorised receiver') });

export type AuthorisedReceiver = z.infer<typeof authorisedReceiverSchema>;
