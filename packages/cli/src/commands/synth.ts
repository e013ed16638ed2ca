import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  columnarCoverage,
  formatNumber,
  type Language,
  messagesIn,
  synthesizeColumnar,
  synthesizeDistrict,
  syntheticScales,
} from '@ansinh/core';
import { writeCsv, writePaymentsCsv, writeRegisterCsv, writeSyntheticFiles } from '@ansinh/io';
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
  readonly json: boolean;
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
  const messages = messagesIn(options.language);
  const n = (x: number) => formatNumber(x, options.language);
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  out.error(messages.synth.generatingSeed(options.seed));
  const district = synthesizeDistrict(units.data, { seed: options.seed });
  try {
    await mkdir(options.out, { recursive: true });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    out.error(
      `Không tạo được thư mục ${options.out} (${why}): cần một thư mục mới hoặc đã có / cannot create the folder ${options.out} (${why}): give a new or an existing folder`,
    );
    return 2;
  }
  const files = {
    register: join(options.out, 'register.csv'),
    payments: join(options.out, 'payments.csv'),
    manifest: join(options.out, 'manifest.json'),
  };
  await writeFile(files.register, writeRegisterCsv(district.register, { reveal: true, comment: notice }));
  out.error(messages.synth.wroteRegister(files.register, n(district.register.length)));
  await writeFile(files.payments, writePaymentsCsv(district.payments, { comment: notice }));
  out.error(messages.synth.wrotePayments(files.payments, n(district.payments.length)));
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
  if (options.json) out.print(JSON.stringify({ out: options.out, ...manifest }, null, 2));
  else out.print(messages.common.done(options.out));
  return 0;
}

/**
 * `ansinh synth --scale province|national`: the columnar generator, with progress bars. Writes the
 * register and one payment list a month in the format offices use (every column; invented names and CCCD
 * numbers that fit each person, in full since nobody is real), `communes.csv` (the
 * province of each commune: real communes and provinces, invented people), `coverage.csv` (the counts of every commune each month, for checking) and a manifest.
 * Every file says it is synthetic.
 */
async function synthAtScale(options: SynthOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  const n = (x: number) => formatNumber(x, options.language);
  const scale = syntheticScales[options.scale === 'national' ? 'national' : 'province'];
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return 2;
  }
  // Real communes: all of them at national scale, the first in code order at province scale.
  const inForce = units.data.filter(
    (u) =>
      u.level === 'commune' &&
      (u.validTo === null || u.validTo >= '2024-07-01') &&
      (u.validFrom ?? '') <= '2024-07-01',
  ).length;
  const register = synthesizeColumnar({
    ...scale,
    communes: options.scale === 'national' ? inForce : Math.min(scale.communes, inForce),
    units: units.data,
    seed: options.seed,
    onProgress: progress(out, messages.synth.generating),
  });
  const written = await writeSyntheticFiles(register, options.out, {
    comment: scaledNotice,
    onProgress: progress(out, messages.synth.writing),
  });
  await writeFile(
    join(options.out, 'communes.csv'),
    writeCsv(
      ['Mã xã', 'Mã tỉnh'],
      register.communes.map((code, i) => [code, register.communeProvince[i] ?? '']),
      { comment: scaledNotice, bom: true },
    ),
  );
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
    join(options.out, 'coverage.csv'),
    writeCsv(['Kỳ', 'Mã xã', 'Đối tượng', 'Có tài khoản', 'Chi qua tài khoản'], coverageRows, {
      comment: scaledNotice,
      bom: true,
    }),
  );
  const manifest = {
    synthetic: true,
    notice: scaledNotice,
    generator: 'ansinh synth --scale (synthesizeColumnar, writeSyntheticFiles)',
    seed: options.seed,
    scale: options.scale,
    rows: register.size,
    paymentRows: written.paymentRows,
    communes: register.communes.length,
    months: register.months,
    files: {
      register: 'register.csv',
      payments: register.months.map((m) => `payments-${m}.csv`),
      communes: 'communes.csv',
      coverage: 'coverage.csv',
    },
  };
  await writeFile(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (options.json) out.print(JSON.stringify({ out: options.out, ...manifest }, null, 2));
  else out.print(messages.synth.doneAtScale(options.out, n(register.size), n(written.paymentRows)));
  return 0;
}
