import { z } from 'zod';
import { isoDate, sourceSchema, unitCode } from './common.js';
import { describe } from './describe.js';

/** Level in the administrative hierarchy (cấp hành chính). The district level ends on 30 Jun 2025. */
export const adminLevelSchema = z
  .enum(['province', 'district', 'commune'])
  .meta(describe('Cấp: tỉnh, huyện, xã', 'level: province, district, commune'));

/**
 * Unit type (loại đơn vị hành chính), as Vietnamese slugs since several have no English equivalent:
 * `tinh` province, `thanh_pho_tw` centrally-run city, `huyen` rural district, `quan` urban district,
 * `thi_xa` district-level town, `thanh_pho` provincial city, `xa` commune, `phuong` ward,
 * `thi_tran` township, `dac_khu` special zone (from 2025).
 */
export const adminUnitTypeSchema = z
  .enum([
    'tinh',
    'thanh_pho_tw',
    'huyen',
    'quan',
    'thi_xa',
    'thanh_pho',
    'xa',
    'phuong',
    'thi_tran',
    'dac_khu',
  ])
  .meta(
    describe(
      'Loại đơn vị: tỉnh, thành phố trực thuộc TW, huyện, quận, thị xã, thành phố, xã, phường, thị trấn, đặc khu',
      'unit type (Vietnamese slug)',
    ),
  );

/** The Vietnamese words for each unit type, as they precede a name (`xã Tây Lương`). */
export const adminUnitTypeWords: Readonly<Record<z.infer<typeof adminUnitTypeSchema>, string>> = {
  tinh: 'tỉnh',
  thanh_pho_tw: 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  thi_xa: 'thị xã',
  thanh_pho: 'thành phố',
  xa: 'xã',
  phuong: 'phường',
  thi_tran: 'thị trấn',
  dac_khu: 'đặc khu',
};

/**
 * An administrative unit (đơn vị hành chính) with its validity period. Codes are reused across reforms
 * (12970 was the town of Tiền Hải until 30 Jun 2025 and is the new commune of Tiền Hải after), so a unit is
 * identified by its code *and* its validity.
 */
export const adminUnitSchema = z
  .object({
    code: unitCode,
    name: z.string().min(1).meta(describe('Tên (không kèm loại)', 'name, without the type word')),
    level: adminLevelSchema,
    type: adminUnitTypeSchema,
    parentCode: unitCode
      .nullable()
      .meta(describe('Mã đơn vị cấp trên', 'code of the parent unit, null for a province')),
    validFrom: isoDate
      .nullable()
      .meta(
        describe(
          'Có hiệu lực từ ngày, null nếu trước phạm vi dữ liệu',
          'first valid day, null when before the dataset horizon',
        ),
      ),
    validTo: isoDate
      .nullable()
      .meta(describe('Hiệu lực đến hết ngày, null nếu còn hiệu lực', 'last valid day, null while in force')),
    successorCodes: z
      .array(unitCode)
      .meta(
        describe(
          'Mã đơn vị kế thừa sau sắp xếp',
          'codes of the units that took this one over after a reorganisation',
        ),
      ),
    peopleSuccessorCode: unitCode
      .optional()
      .meta(
        describe(
          'Mã đơn vị kế thừa nhận toàn bộ dân số (đơn vị chỉ bị chia phần diện tích)',
          'the successor that took all of the unit’s people, when the unit was split by land only',
        ),
      ),
    source: sourceSchema.optional(),
    note: z
      .string()
      .optional()
      .meta(
        describe(
          'Ghi chú: đính chính so với bảng nguồn, hoặc vùng không phải đơn vị',
          'note: a correction of the source table, or an area that is not a unit',
        ),
      ),
  })
  .meta({ id: 'AdminUnit', ...describe('Đơn vị hành chính', 'administrative unit') });

export type AdminLevel = z.infer<typeof adminLevelSchema>;
export type AdminUnitType = z.infer<typeof adminUnitTypeSchema>;
export type AdminUnit = z.infer<typeof adminUnitSchema>;

/**
 * A dataset file of administrative units: the sources it was built from and the units. A code may appear
 * more than once, with validity periods that do not overlap.
 */
export const adminUnitSetSchema = z
  .object({
    sources: z.array(sourceSchema).min(1).meta(describe('Các nguồn', 'sources')),
    units: z.array(adminUnitSchema).min(1).meta(describe('Các đơn vị', 'units')),
  })
  .meta({ id: 'AdminUnitSet', ...describe('Bộ đơn vị hành chính', 'set of administrative units') });

export type AdminUnitSet = z.infer<typeof adminUnitSetSchema>;
