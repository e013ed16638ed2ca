import { z } from 'zod';
import { isoDate, isoMonth } from './common.js';
import { describe } from './describe.js';

/**
 * A payment period (kỳ chi trả): the month an allowance is for, and the days it is paid out.
 */
export const paymentPeriodSchema = z
  .object({
    month: isoMonth.meta(describe('Tháng chi trả (YYYY-MM)', 'month paid for, YYYY-MM')),
    payFrom: isoDate.optional().meta(describe('Ngày bắt đầu chi trả', 'first payment day')),
    payTo: isoDate.optional().meta(describe('Ngày kết thúc chi trả', 'last payment day')),
  })
  .meta({ id: 'PaymentPeriod', ...describe('Kỳ chi trả', 'payment period') });

export type PaymentPeriod = z.infer<typeof paymentPeriodSchema>;
