// Vietnamese output carries no English-only message and English output no Vietnamese-only one: a register
// with one of each problem is validated in both languages, and every issue the readers can raise is
// worded by both message files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIssue, type IssueCode, messagesEn, messagesVi } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ansinh-languages-'));

// Our own register, one problem a row: a date that is no date, an unknown sex, a mangled amount, an empty
// name, a repeated key, a stop before its start, a CCCD that does not fit its holder, an unknown category.
const header =
  'Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Mã xã,Thôn,Nhóm đối tượng,Trường hợp hưởng,Mức trợ cấp,Hưởng từ ngày,Dừng hưởng từ ngày,Khuyết tật nặng,Không đi lại được';
const good = (id: string) =>
  `${id},Trần Thị Lan,1950,Nữ,034150001234,12994,Thôn 1,Bảo trợ xã hội,Người cao tuổi,500000,01/01/2024,,,`;
const rows = [
  good('A1'),
  good('A2').replace('01/01/2024', '31/02/2024'),
  good('A3').replace(',Nữ,', ',Khác,'),
  good('A4').replace('500000', '"1,25"'),
  good('A5').replace('Trần Thị Lan', ''),
  good('A1'),
  good('A6').replace('01/01/2024,,', '01/01/2024,01/01/2023,'),
  good('A7').replace('034150001234', '034050001234'),
  good('A8').replace('Bảo trợ xã hội', 'Hộ nghèo'),
];
const file = join(dir, 'register.csv');
writeFileSync(file, `${[header, ...rows].join('\n')}\n`);

/** Stems only the English messages use, and only the Vietnamese ones. */
const english = /\b(expected|unknown|is empty|already|before it starts|should be|looks like|got)\b/u;
const vietnamese = /(cần |không rõ|bị bỏ trống|đã có ở dòng|trước ngày hưởng|phải là|nhận được)/u;

describe('the languages of what ansinh prints', () => {
  it('validates in Vietnamese with no English-only message, and in English with no Vietnamese one', async () => {
    const vi = await run('validate', file, '--json');
    const en = await run('validate', file, '--json', '--lang', 'en');
    expect(vi.code).toBe(1);
    const viIssues = JSON.parse(vi.out).issues as { code: string; message: string }[];
    const enIssues = JSON.parse(en.out).issues as { code: string; message: string }[];
    expect(new Set(viIssues.map((i) => i.code)).size).toBeGreaterThanOrEqual(7);
    for (const issue of viIssues) expect(issue.message, issue.code).not.toMatch(english);
    for (const issue of enIssues) expect(issue.message, issue.code).not.toMatch(vietnamese);
    const table = await run('validate', file);
    expect(table.out).not.toMatch(english);
  });

  it('words every issue code in both message files, each differently', () => {
    const samples: { [C in IssueCode]: unknown } = {
      legacy_encoding: { encoding: 'tcvn3' },
      legacy_letters: { encoding: 'vni' },
      required: { column: 'Họ và tên' },
      invalid_date: { text: '31/02/2024', expected: 'calendar' },
      invalid_period: { text: '13/2025' },
      mangled_thousands: { text: '1,25' },
      invalid_number: { text: 'năm trăm' },
      invalid_flag: { text: '?' },
      invalid_sex: { text: 'Khác', expected: 'nam, nu' },
      invalid_category: { text: 'Hộ nghèo', expected: 'ncc' },
      invalid_channel: { text: 'Séc', expected: 'tien mat' },
      invalid_status: { text: '?', expected: 'da chi' },
      invalid_receiver: { text: '?', expected: 'doi tuong' },
      invalid_stop_reason: { text: '?', expected: 'tu tran' },
      invalid_value: { field: 'nationalId', detail: 'x' },
      national_id_format: {},
      national_id_province: { got: '099' },
      national_id_century_sex: { expected: 1, got: 0, sex: 'female', birthYear: 1950 },
      national_id_birth_year: { expected: '50', got: '05', birthYear: 1950 },
      duplicate_beneficiary: { id: 'A1', earlier: 2 },
      stop_before_start: { since: '2024-01-01', until: '2023-01-01' },
      duplicate_payment: { id: 'A1', period: '2025-01', earlier: 2 },
      duplicate_national_id: { earlier: 3 },
      cell_too_long: { length: 5000 },
      account_scientific: { text: '4.82E+13' },
      unknown_commune: { name: 'Tân Lập', candidates: '' },
      missing_fields: { fields: 'Họ và tên (fullName)', headers: '"STT", "Tên"', nearest: '' },
      column_map_problem: { absent: 'Tên', shared: '', headers: 'STT, Họ tên' },
      commune_not_found: { name: 'Tây Hồ' },
      commune_ambiguous: { name: 'An Ninh', candidates: 'An Ninh 12985, An Ninh 13012' },
    };
    for (const [code, params] of Object.entries(samples)) {
      const issue = { code, params: params as Record<string, unknown> };
      const [vi, en] = [describeIssue(issue, messagesVi), describeIssue(issue, messagesEn)];
      expect(vi, code).not.toBe(en);
      expect(vi, code).not.toMatch(english);
    }
  });
});

describe('the language of a run stays in that run', () => {
  it("leaves the host program's zod messages as they were after `main` ran in Vietnamese", async () => {
    const { z } = await import('zod');
    const before = z.object({ a: z.string() }).safeParse({}).error?.issues[0]?.message;
    const file = join(dir, 'one.csv');
    writeFileSync(file, `${header}\n${good('Z1').replace('1950', 'năm')}\n`);
    await run('validate', file, '--lang', 'vi');
    expect(z.object({ a: z.string() }).safeParse({}).error?.issues[0]?.message).toBe(before);
  });
});
