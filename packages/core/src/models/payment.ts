import { z } from 'zod';
import { amountVnd, isoDate, isoMonth } from './common.js';
import { describe } from './describe.js';

/**
 * Payment channel (hình thức chi trả): `account` paid into a personal account (chi trả qua tài khoản,
 * không dùng tiền mặt); `cash` in cash at a commune payment point (tiền mặt tại điểm chi trả);
 * `cash_at_home` in cash at home, for people who cannot travel (chi trả tại nhà).
 */
export const paymentChannelSchema = z
  .enum(['account', 'cash', 'cash_at_home'])
  .meta(
    describe(
      'Hình thức chi trả: qua tài khoản, tiền mặt, tại nhà',
      'payment channel: account, cash, at home',
    ),
  );

/**
 * Payment status: `paid` (đã chi trả), `failed` (chuyển khoản lỗi), `returned` (bị trả lại, e.g. a closed
 * account), `pending` (chưa chi trả).
 */
export const paymentStatusSchema = z
  .enum(['paid', 'failed', 'returned', 'pending'])
  .meta(describe('Trạng thái chi trả', 'payment status'));

/** Who received a payment: the beneficiary, or an authorised receiver (người được ủy quyền). */
export const receiverSchema = z
  .enum(['beneficiary', 'authorised_receiver'])
  .meta(describe('Người nhận: đối tượng hoặc người được ủy quyền', 'who received it'));

/** One monthly payment to one beneficiary: a row of a payment list (danh sách chi trả). */
export const paymentSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã khoản chi', 'payment key')),
    beneficiaryId: z.string().min(1).meta(describe('Mã đối tượng', 'beneficiary key')),
    period: isoMonth.meta(describe('Kỳ chi trả (YYYY-MM)', 'payment period, YYYY-MM')),
    channel: paymentChannelSchema,
    status: paymentStatusSchema,
    amountVnd: amountVnd.meta(describe('Số tiền chi trả (đồng)', 'amount paid, whole dong')),
    paidOn: isoDate.optional().meta(describe('Ngày chi trả', 'date paid')),
    accountId: z
      .string()
      .min(1)
      .optional()
      .meta(describe('Tài khoản nhận (khi chi qua tài khoản)', 'account paid into, for channel account')),
    receivedBy: receiverSchema,
  })
  .meta({ id: 'Payment', ...describe('Khoản chi trả hàng tháng', 'monthly payment') });

export type PaymentChannel = z.infer<typeof paymentChannelSchema>;
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;
export type Receiver = z.infer<typeof receiverSchema>;
export type Payment = z.infer<typeof paymentSchema>;
