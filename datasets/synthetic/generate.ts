// Writes datasets/synthetic/register.csv and payments.csv: a small synthetic register and its payment list
// for March 2025 on the five units of the old Tiền Hải district that became the new commune of Tiền Hải on
// 1 July 2025, from ansinh's own generator (`synthesizeDistrict` with a calibration of its own), with a
// handful of rows written as offices get them wrong, so that a reader has something to refuse.
// Deterministic: running it again writes the same bytes (synthetic.test.ts checks the files are current).
// From the repository root:
//
//   npx tsx --conditions=@ansinh/source datasets/synthetic/generate.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AdminUnit,
  adminUnitSetSchema,
  type DistrictCalibration,
  synthesizeDistrict,
} from '@ansinh/core';
import { paymentTable, registerTable, writeCsv } from '@ansinh/io';

const here = dirname(fileURLToPath(import.meta.url));

/** The seed of the generator. */
export const seed = 2025;

/** Thị trấn Tiền Hải, Vũ Lăng, Tây Lương, Tây Ninh, An Ninh: the new xã Tiền Hải (12970) from 1/7/2025. */
export const communes: readonly string[] = ['12970', '12985', '12991', '12994', '13012'];

/**
 * What the generated rows hold in March 2025: 760 people on the register at the end of the month, 748 of
 * them with an account, 731 paid through one; all 160 of Tây Ninh (12994) with an account.
 */
export const calibration: DistrictCalibration = {
  districtCode: '342',
  month: '2025-03',
  beneficiaries: 760,
  accountHolders: 748,
  paidThroughAccount: 731,
  completeCommunes: [{ code: '12994', beneficiaries: 160, month: '2025-03' }],
  from: '2025-03',
  to: '2025-03',
};

/** The first line of both files. */
export const notice =
  'DỮ LIỆU TỔNG HỢP, KHÔNG PHẢI NGƯỜI THẬT / SYNTHETIC DATA, NOT REAL PEOPLE (ansinh, datasets/synthetic/generate.ts, seed 2025)';

type Cells = (string | number | undefined)[];

/** A copy of a row of cells with some columns (by header) changed. */
function changed(header: readonly string[], row: Cells | undefined, changes: Record<string, string>): Cells {
  if (row === undefined) throw new Error('generate: no such row');
  const copy = [...row];
  for (const [column, value] of Object.entries(changes)) {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`generate: no column ${column}`);
    copy[i] = value;
  }
  return copy;
}

/** `rows` with `extra` rows put in after the given (0-based) positions, the last position first. */
function insertAt(rows: readonly Cells[], extra: readonly { after: number; row: Cells }[]): Cells[] {
  const out = [...rows];
  for (const { after, row } of [...extra].sort((a, b) => b.after - a.after)) out.splice(after + 1, 0, row);
  return out;
}

/** The two files' text: generated rows, and the mistakes put in among them. */
export function syntheticFiles(): { register: string; payments: string } {
  const all: AdminUnit[] = adminUnitSetSchema.parse(
    JSON.parse(readFileSync(join(here, '../admin-units/tien-hai-units.json'), 'utf8')),
  ).units;
  const units = all.filter((u) => u.level !== 'commune' || communes.includes(u.code));
  const district = synthesizeDistrict(units, { seed, calibration });

  // Register: six rows as an office might get them wrong, each a new person except the row entered twice.
  const register = registerTable(district.register, { reveal: true });
  const r = (changes: Record<string, string>, from: number) =>
    changed(register.header, register.rows[from], changes);
  const registerMistakes = [
    // a digit dropped from the CCCD: 11 digits; this person's payment line below then matches no one
    { after: 40, row: r({ 'Mã đối tượng': 'TH-009001', 'Số CCCD': '03404101234' }, 40) },
    // the same person entered twice
    { after: 180, row: r({}, 120) },
    // a spreadsheet turned 1.250.000 into 1,25
    { after: 260, row: r({ 'Mã đối tượng': 'TH-009002', 'Mức trợ cấp': '1,25', 'Số CCCD': '' }, 260) },
    // stops before it starts
    {
      after: 390,
      row: r(
        {
          'Mã đối tượng': 'TH-009003',
          'Số CCCD': '',
          'Hưởng từ ngày': '2025-02-10',
          'Dừng hưởng từ ngày': '2024-12-31',
          'Lý do dừng': 'Từ trần',
        },
        390,
      ),
    },
    // no name
    { after: 520, row: r({ 'Mã đối tượng': 'TH-009004', 'Họ và tên': '', 'Số CCCD': '' }, 520) },
    // born 1948 by the register, 1984 by the CCCD's digits 5–6
    {
      after: 700,
      row: r({ 'Mã đối tượng': 'TH-009005', 'Năm sinh': '1948', 'Số CCCD': '034084990011' }, 700),
    },
  ];

  // Payment list: three lines an office should not have sent, and one for the person the register refused.
  const payments = paymentTable(district.payments);
  const p = (changes: Record<string, string>, from: number) =>
    changed(payments.header, payments.rows[from], changes);
  const paymentMistakes = [
    { after: 41, row: p({ 'Mã đối tượng': 'TH-009001' }, 41) },
    // a second line for the same person and month
    { after: 300, row: p({}, 150) },
    // March typed as the 13th month
    { after: 450, row: p({ 'Kỳ chi trả': '2025-13' }, 449) },
    // a way of paying the list does not know
    { after: 610, row: p({ 'Hình thức chi trả': 'Séc' }, 609) },
  ];
  const options = { comment: notice, bom: true };
  return {
    register: writeCsv(register.header, insertAt(register.rows, registerMistakes), options),
    payments: writeCsv(payments.header, insertAt(payments.rows, paymentMistakes), options),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = syntheticFiles();
  writeFileSync(join(here, 'register.csv'), files.register);
  writeFileSync(join(here, 'payments.csv'), files.payments);
  console.log(`wrote ${join(here, 'register.csv')} and ${join(here, 'payments.csv')}`);
}
