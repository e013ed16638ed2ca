import { z } from 'zod';
import { beneficiaryCategoryCodeSchema } from './beneficiary-category.js';
import { decimalString, isoDate, sourceSchema, unitCode } from './common.js';
import { describe } from './describe.js';
import { indicatorSchema } from './indicator.js';

/**
 * A target (chỉ tiêu, mục tiêu): an indicator to reach a threshold for a scope and group by a deadline,
 * with the instrument that sets it. Targets are data, not constants: users add their own.
 */
export const targetSchema = z
  .object({
    id: z.string().min(1).meta(describe('Mã chỉ tiêu', 'target key')),
    indicator: indicatorSchema,
    scope: z
      .object({
        name: z.string().min(1).meta(describe('Tên địa bàn', 'name of the area')),
        level: z.enum(['national', 'province', 'district', 'commune']).meta(describe('Cấp', 'level')),
        code: unitCode
          .nullable()
          .meta(
            describe(
              'Mã đơn vị; null cho toàn quốc hoặc khi chưa ghi',
              'unit code; null for national or when not recorded',
            ),
          ),
      })
      .meta(describe('Phạm vi', 'scope')),
    group: z
      .union([beneficiaryCategoryCodeSchema, z.literal('all')])
      .meta(describe('Nhóm đối tượng áp dụng', 'beneficiary group it applies to')),
    thresholdPercent: decimalString.meta(describe('Ngưỡng (%)', 'threshold in percent, e.g. "100"')),
    deadline: isoDate.meta(describe('Thời hạn', 'deadline')),
    instrument: z.string().optional().meta(describe('Văn bản giao chỉ tiêu', 'instrument setting it')),
    source: sourceSchema,
    note: z.string().optional().meta(describe('Ghi chú', 'note')),
  })
  .meta({ id: 'Target', ...describe('Chỉ tiêu', 'target') });

export type Target = z.infer<typeof targetSchema>;

/** A dataset file of targets. */
export const targetSetSchema = z
  .object({
    targets: z.array(targetSchema).min(1).meta(describe('Các chỉ tiêu', 'targets')),
  })
  .meta({ id: 'TargetSet', ...describe('Bộ chỉ tiêu', 'set of targets') });

export type TargetSet = z.infer<typeof targetSetSchema>;
