import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  columnarCategories,
  columnarCoverage,
  formatNumber,
  type Language,
  noDay,
  synthesizeColumnar,
  synthesizeDistrict,
  syntheticScales,
} from '@ansinh/core';
import { writeCsv, writePaymentsCsv, writeRegisterCsv } from '@ansinh/io';
import { loadUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { progress } from '../render/progress.js';

/** Options of `ansinh synth`. */
export interface SynthOptions {
  readonly out: string;
  readonly seed: number;
  readonly units: string;
  readonly scale: 'district' | 'province' | 'national';
  readonly language: Language;
}

const notice =
  'DỮ LIỆU TỔNG HỢP, KHÔNG PHẢI NGƯỜI THẬT / SYNTHETIC DATA, NOT REAL PEOPLE (ansinh synth, calibrated to published figures)';
const scaledNotice =
  'DỮ LIỆU TỔNG HỢP, KHÔNG PHẢI NGƯỜI THẬT / SYNTHETIC DATA, NOT REAL PEOPLE (ansinh synth --scale, for volume, not calibrated)';

/**
 * `ansinh synth --out DIR [--seed N]`: writes a synthetic Tiền Hải register and its payment lists
 * 2024-07 … 2025-06, calibrated to the source article, with a manifest. Every file says it is synthetic.
 * CCCD and account numbers are written in full: they are invented. Exit 0, or 2 on bad input.
 */
export async function synth(options: SynthOptions, out: Output): Promise<number> {
  if (options.scale !== 'district') return synthAtScale(options, out);
  const vi = options.language === 'vi';
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  out.error(
    vi
      ? `Đang tạo dữ liệu tổng hợp (hạt giống ${options.seed}) …`
      : `Generating synthetic data (seed ${options.seed}) …`,
  );
  const district = synthesizeDistrict(units.data, { seed: options.seed });
  await mkdir(options.out, { recursive: true });
  const files = {
    register: join(options.out, 'register.csv'),
    payments: join(options.out, 'payments.csv'),
    manifest: join(options.out, 'manifest.json'),
  };
  await writeFile(files.register, writeRegisterCsv(district.register, { reveal: true, comment: notice }));
  out.error(
    vi
      ? `Đã ghi ${files.register}: ${formatNumber(district.register.length)} đối tượng`
      : `Wrote ${files.register}: ${formatNumber(district.register.length, 'en')} beneficiaries`,
  );
  await writeFile(files.payments, writePaymentsCsv(district.payments, { comment: notice }));
  out.error(
    vi
      ? `Đã ghi ${files.payments}: ${formatNumber(district.payments.length)} khoản chi trả`
      : `Wrote ${files.payments}: ${formatNumber(district.payments.length, 'en')} payments`,
  );
  const manifest = {
    synthetic: true,
    notice,
    seed: district.seed,
    generator: 'ansinh synth (synthesizeDistrict)',
    calibration: district.calibration,
    files: { register: 'register.csv', payments: 'payments.csv' },
    counts: { register: district.register.length, payments: district.payments.length },
  };
  await writeFile(files.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  out.print(vi ? `Xong: ${options.out}` : `Done: ${options.out}`);
  return 0;
}

const dateOf = (day: number) => (day === noDay ? '' : new Date(day * 86_400_000).toISOString().slice(0, 10));

/**
 * `ansinh synth --scale province|national`: the columnar generator, with a progress bar. Writes the
 * register in columns (no names or CCCD numbers at this scale: none are generated), the coverage of every
 * commune each month, and a manifest. Every file says it is synthetic.
 */
async function synthAtScale(options: SynthOptions, out: Output): Promise<number> {
  const vi = options.language === 'vi';
  const scale = syntheticScales[options.scale === 'national' ? 'national' : 'province'];
  const register = synthesizeColumnar({
    ...scale,
    seed: options.seed,
    onProgress: progress(out, vi ? 'Đang tạo / Generating' : 'Generating'),
  });
  await mkdir(options.out, { recursive: true });
  const files = {
    register: join(options.out, 'register.csv'),
    coverage: join(options.out, 'coverage.csv'),
    manifest: join(options.out, 'manifest.json'),
  };
  const write = createWriteStream(files.register);
  const header = [
    'Mã đối tượng',
    'Mã xã',
    'Năm sinh',
    'Giới tính',
    'Nhóm đối tượng',
    'Mức trợ cấp',
    'Hưởng từ ngày',
    'Dừng hưởng từ ngày',
    'Ngày mở tài khoản',
  ];
  write.write(`\ufeff# ${scaledNotice}\n${header.join(',')}\n`);
  const report = progress(out, vi ? 'Đang ghi / Writing' : 'Writing');
  const chunk: string[] = [];
  for (let i = 0; i < register.size; i += 1) {
    chunk.push(
      [
        `SYN-${String(i + 1).padStart(8, '0')}`,
        register.communes[register.commune[i] ?? 0],
        register.birthYear[i],
        register.female[i] === 1 ? 'Nữ' : 'Nam',
        columnarCategories[register.category[i] ?? 0],
        register.amountVnd[i],
        dateOf(register.sinceDay[i] ?? noDay),
        dateOf(register.untilDay[i] ?? noDay),
        dateOf(register.accountDay[i] ?? noDay),
      ].join(','),
    );
    if (chunk.length === 50_000 || i === register.size - 1) {
      if (!write.write(`${chunk.join('\n')}\n`)) await once(write, 'drain');
      chunk.length = 0;
      report(i + 1, register.size);
    }
  }
  write.end();
  await once(write, 'finish');
  const coverageRows: (string | number)[][] = [];
  for (const month of register.months) {
    const c = columnarCoverage(register, month);
    c.communes.forEach((code, i) => {
      coverageRows.push([
        month,
        code,
        c.onRegister[i] ?? 0,
        c.accountHolders[i] ?? 0,
        c.paidThroughAccount[i] ?? 0,
      ]);
    });
  }
  await writeFile(
    files.coverage,
    writeCsv(['Kỳ', 'Mã xã', 'Đối tượng', 'Có tài khoản', 'Chi qua tài khoản'], coverageRows, {
      comment: scaledNotice,
      bom: true,
    }),
  );
  await writeFile(
    files.manifest,
    `${JSON.stringify({ synthetic: true, notice: scaledNotice, seed: options.seed, scale: options.scale, rows: register.size, communes: register.communes.length, months: register.months }, null, 2)}\n`,
  );
  out.print(
    vi
      ? `Xong: ${options.out} (${formatNumber(register.size)} đối tượng)`
      : `Done: ${options.out} (${formatNumber(register.size, 'en')} beneficiaries)`,
  );
  return 0;
}
