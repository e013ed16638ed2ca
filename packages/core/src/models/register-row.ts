import { z } from 'zod';
import { beneficiaryCategoryCodeSchema } from './beneficiary-category.js';
import { amountVnd, isoDate, nationalId, personName, unitCode } from './common.js';
import { describe } from './describe.js';
import { paymentChannelSchema, paymentStatusSchema, receiverSchema } from './payment.js';

/** Sex as the register records it (giới tính). */
export const sexSchema = z.enum(['male', 'female']).meta(describe('Giới tính: nam, nữ', 'sex: male, female'));

/** Why an allowance stopped (lý do dừng hưởng). */
export const stopReasonSchema = z
  .enum(['died', 'moved_out', 'no_longer_eligible', 'other'])
  .meta(describe('Lý do dừng: từ trần, chuyển đi, không còn đủ điều kiện, khác', 'why it stopped'));

/**
 * One row of a commune's register of monthly beneficiaries (danh sách đối tượng hưởng trợ cấp hàng
 * tháng), flat, as offices keep it in Excel. Names, CCCD and account numbers are personal data: every
 * output masks them unless the caller asks otherwise. Only what the analyses need is required: who the
 * person is (`id`, `fullName`, `birthYear`), where (`communeCode`) and since when (`since`); sex, CCCD,
 * village, category, entitlement and amount are optional because many office lists do not carry them
 * (a bank list has no category, a cash list no CCCD).
 */
export const registerRowSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã đối tượng', 'beneficiary key')),
    fullName: personName,
    birthYear: z.int().min(1900).max(2100).meta(describe('Năm sinh', 'year of birth')),
    sex: sexSchema.optional(),
    nationalId: nationalId.optional(),
    communeCode: unitCode.meta(describe('Mã xã quản lý', 'code of the commune')),
    village: z.string().min(1).optional().meta(describe('Thôn, xóm, tổ dân phố', 'village or hamlet')),
    category: beneficiaryCategoryCodeSchema.optional(),
    entitlement: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe('Trường hợp hưởng (hệ số hoặc mức)', 'what the allowance is for (coefficient or table row)'),
      ),
    monthlyAmountVnd: amountVnd
      .optional()
      .meta(describe('Mức trợ cấp hàng tháng (đồng)', 'monthly allowance, whole dong')),
    bank: z.string().min(1).optional().meta(describe('Ngân hàng', 'bank')),
    accountNumber: z
      .string()
      .regex(/^[0-9A-Za-z]{6,24}$/, {
        message: 'cần 6 đến 24 chữ cái hoặc chữ số / expected 6 to 24 letters or digits',
      })
      .optional()
      .meta(describe('Số tài khoản, dữ liệu cá nhân', 'account number (personal data)')),
    accountOpenedOn: isoDate.optional().meta(describe('Ngày mở tài khoản', 'date the account was opened')),
    authorisedReceiver: personName
      .optional()
      .meta(describe('Người được ủy quyền nhận tiền', 'authorised receiver (personal data)')),
    since: isoDate.meta(describe('Hưởng từ ngày', 'allowance start')),
    until: isoDate.optional().meta(describe('Dừng hưởng từ ngày', 'allowance stop date')),
    stopReason: stopReasonSchema.optional(),
    severeDisability: z
      .boolean()
      .meta(describe('Khuyết tật nặng hoặc đặc biệt nặng', 'severe or especially severe disability')),
    cannotTravel: z.boolean().meta(describe('Không đi lại được', 'cannot travel to a payment point')),
  })
  .meta({ id: 'RegisterRow', ...describe('Dòng danh sách đối tượng', 'register row') });

/** One row of a monthly payment list (danh sách chi trả). */
export const paymentRowSchema = z
  .object({
    beneficiaryId: z.string().min(1).meta(describe('Mã đối tượng', 'beneficiary key')),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'cần tháng dạng YYYY-MM / expected a month as YYYY-MM' })
      .meta(describe('Kỳ chi trả (YYYY-MM)', 'payment period, YYYY-MM')),
    channel: paymentChannelSchema,
    status: paymentStatusSchema,
    amountVnd: amountVnd.meta(describe('Số tiền (đồng)', 'amount, whole dong')),
    receivedBy: receiverSchema,
  })
  .meta({ id: 'PaymentRow', ...describe('Dòng danh sách chi trả', 'payment-list row') });

export type RegisterRow = z.infer<typeof registerRowSchema>;
export type PaymentRow = z.infer<typeof paymentRowSchema>;
