import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatNumber, type Language, synthesizeDistrict } from '@ansinh/core';
import { writePaymentsCsv, writeRegisterCsv } from '@ansinh/io';
import { loadUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';

/** Options of `ansinh synth`. */
export interface SynthOptions {
  readonly out: string;
  readonly seed: number;
  readonly units: string;
  readonly language: Language;
}

const notice =
  'DỮ LIỆU TỔNG HỢP, KHÔNG PHẢI NGƯỜI THẬT / SYNTHETIC DATA, NOT REAL PEOPLE (ansinh synth, calibrated to published figures)';

/**
 * `ansinh synth --out DIR [--seed N]`: writes a synthetic Tiền Hải register and its payment lists
 * 2024-07 … 2025-06, calibrated to the source article, with a manifest. Every file says it is synthetic.
 * CCCD and account numbers are written in full: they are invented. Exit 0, or 2 on bad input.
 */
export async function synth(options: SynthOptions, out: Output): Promise<number> {
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
