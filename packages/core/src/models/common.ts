import { z } from 'zod';
import { languages } from '../i18n/language.js';
import { describe } from './describe.js';

/** A calendar date, ISO 8601 (`2025-01-31`). */
export const isoDate = z.iso.date();

/** A calendar month, `YYYY-MM` (`2025-01`): the unit of a payment period. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  message: 'cần tháng dạng YYYY-MM, như 2025-01 / expected a month as YYYY-MM, such as 2025-01',
});

/** A GSO administrative-unit code (mã đơn vị hành chính): 2 digits for provinces, 3 for districts, 5 for communes. */
export const unitCode = z
  .string()
  .regex(/^\d{2}$|^\d{3}$|^\d{5}$/, {
    message:
      'cần mã đơn vị của Tổng cục Thống kê: 2 chữ số (tỉnh), 3 (huyện) hoặc 5 (xã) / expected a GSO code: 2 digits (province), 3 (district) or 5 (commune)',
  })
  .meta(describe('Mã đơn vị hành chính (Tổng cục Thống kê)', 'GSO administrative-unit code'));

/** A count of people: a non-negative integer. */
export const count = z.int().nonnegative();

/** An amount of money in whole Vietnamese dong (no fractions of a dong exist in payment). */
export const amountVnd = z
  .int()
  .nonnegative()
  .meta(describe('Số tiền (đồng, số nguyên)', 'amount in whole Vietnamese dong'));

/** A canonical decimal string with `.` as decimal mark (`"99.98"`, `"100"`): exact, locale-free. */
export const decimalString = z.string().regex(/^\d+(\.\d+)?$/, {
  message:
    'cần số thập phân như 99.98, dấu "." ngăn phần thập phân / expected a decimal such as 99.98, with "." as decimal mark',
});

/** A national ID number (số căn cước công dân, CCCD): 12 digits. Personal data: masked in output. */
export const nationalId = z
  .string()
  .regex(/^\d{12}$/, { message: 'cần số CCCD 12 chữ số / expected a 12-digit citizen ID (CCCD)' })
  .meta(describe('Số căn cước công dân (CCCD), dữ liệu cá nhân', 'citizen ID number (personal data)'));

/** A person's full name (họ và tên). Personal data: masked in output. */
export const personName = z
  .string()
  .min(1)
  .meta(describe('Họ và tên, dữ liệu cá nhân', 'full name (personal data)'));

/** Where a fact comes from: a text, its publisher and date. */
/** How a source was confirmed: a primary or official text, a secondary one, or not yet confirmed. */
export const sourceLabelSchema = z
  .enum(['primary', 'secondary', 'unconfirmed'])
  .meta(
    describe(
      'Loại nguồn: văn bản gốc/chính thức, thứ cấp, chưa xác nhận',
      'source label: primary or official text, secondary, unconfirmed',
    ),
  );

export const sourceSchema = z
  .object({
    title: z.string().min(1).meta(describe('Tiêu đề', 'title')),
    publisher: z.string().min(1).optional().meta(describe('Cơ quan/báo đăng tải', 'publisher')),
    author: z.string().min(1).optional().meta(describe('Tác giả', 'author')),
    url: z.url().nullable().meta(describe('Địa chỉ web, null nếu không rõ', 'URL, null when not known')),
    publishedOn: isoDate
      .nullable()
      .meta(describe('Ngày đăng, null nếu không rõ', 'publication date, null when not known')),
    dateNote: z
      .string()
      .optional()
      .meta(describe('Ghi chú về thời điểm', 'what is known of the date when it is not exact')),
    label: sourceLabelSchema.meta(
      describe(
        'Loại nguồn: văn bản gốc/chính thức, thứ cấp, chưa xác nhận',
        'source label: primary or official text, secondary, unconfirmed',
      ),
    ),
    file: z
      .string()
      .optional()
      .meta(describe('Bản lưu trong kho dữ liệu', 'archived copy in the repository')),
    language: z
      .enum(languages)
      .default('vi')
      .meta(
        describe(
          'Ngôn ngữ của nguồn, quyết định cách đọc số (17.472 hay 17,472)',
          'language of the source, which decides how its numbers read (17.472 or 17,472)',
        ),
      ),
  })
  .meta(describe('Nguồn', 'source'));

export type Source = z.infer<typeof sourceSchema>;
