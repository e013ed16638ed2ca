import { z } from 'zod';
import { isoDate } from './common.js';
import { describe } from './describe.js';
import { receiverSchema } from './payment.js';

/**
 * A bank or e-wallet account a beneficiary is paid into (tài khoản cá nhân). The account number is
 * personal data and masked in output (`********4567`).
 */
export const accountSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã tài khoản trong hệ thống', 'account key')),
    beneficiaryId: z.string().min(1).meta(describe('Mã đối tượng', 'beneficiary key')),
    holder: receiverSchema.meta(
      describe(
        'Chủ tài khoản: chính đối tượng hay người được ủy quyền',
        'account holder: the beneficiary or an authorised receiver',
      ),
    ),
    kind: z
      .enum(['bank', 'e_wallet', 'mobile_money'])
      .meta(describe('Loại: ngân hàng, ví điện tử, Mobile Money', 'kind: bank, e-wallet, mobile money')),
    provider: z.string().min(1).meta(describe('Ngân hàng/tổ chức cung ứng', 'bank or provider')),
    accountNumber: z
      .string()
      .regex(/^[0-9A-Za-z]{6,24}$/, {
        message: 'cần 6 đến 24 chữ cái hoặc chữ số / expected 6 to 24 letters or digits',
      })
      .meta(describe('Số tài khoản, dữ liệu cá nhân', 'account number (personal data)')),
    openedOn: isoDate.meta(describe('Ngày mở', 'date opened')),
    closedOn: isoDate.optional().meta(describe('Ngày đóng (nếu có)', 'date closed, if closed')),
  })
  .meta({ id: 'Account', ...describe('Tài khoản nhận trợ cấp', 'account the allowance is paid into') });

export type Account = z.infer<typeof accountSchema>;
