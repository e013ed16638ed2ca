// The benchmark's one shared generator: a synthetic register and 12 monthly payment lists written as CSV
// files in the format offices use, once per scale and seed, and reused by every tool and every run.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readUnitsTable, synthesizeColumnar, syntheticScales } from '@ansinh/core';
import { csvLines, writeSyntheticFiles } from '@ansinh/io';

/** Sizes the national benchmark runs at: `tiny` is the smoke run CI makes. */
export const benchScales = {
  tiny: { beneficiaries: 4_000, communes: 30 },
  province: syntheticScales.province,
  national: syntheticScales.national,
  /**
   * Beyond the country's 4,6 million: 5,5 million people and about 60 million payment lines, the
   * size issue 14 asks a run of.
   */
  'national-60m': { beneficiaries: 5_500_000, communes: 10_000 },
} as const;

export type BenchScale = keyof typeof benchScales;

/** The month tasks (b) and (d) look at. */
export const benchMonth = '2025-01';

/** The files of one generated data set. */
export interface BenchData {
  readonly scale: BenchScale;
  readonly seed: number;
  readonly dir: string;
  readonly register: string;
  readonly payments: readonly string[];
  readonly months: readonly string[];
  /** `Mã xã,Mã tỉnh`: the province of every commune, for rollups. */
  readonly communes: string;
  readonly registerRows: number;
  readonly paymentRows: number;
  readonly bytes: number;
}

const notice =
  'DỮ LIỆU TỔNG HỢP, KHÔNG PHẢI NGƯỜI THẬT / SYNTHETIC DATA, NOT REAL PEOPLE (ansinh bench, not calibrated; real communes and provinces)';

/** Every unit of Vietnam: the generated people live in real communes, counted in their real provinces. */
const unitsFile = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../datasets/admin-units/vietnam-units.csv',
);

/** Where generated data are kept: `.cache/bench/` at the repository root (ignored by git). */
export const defaultDataRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../../.cache/bench');

/**
 * The data set of a scale and seed: generated and written on first use (`synthesizeColumnar`, then
 * `writeSyntheticFiles`), read from its manifest after. Progress goes to `onProgress`.
 */
export async function benchData(
  scale: BenchScale,
  seed: number,
  options: { readonly root?: string; readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<BenchData> {
  // `-real`: data sets generated before the people lived in real communes are not reused.
  const dir = join(options.root ?? defaultDataRoot, `${scale}-seed${seed}-real`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as BenchData;
  await mkdir(dir, { recursive: true });
  const units = readUnitsTable(readFileSync(unitsFile, 'utf8'));
  const register = synthesizeColumnar({ ...benchScales[scale], seed, units });
  const files = await writeSyntheticFiles(register, dir, {
    comment: notice,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const communes = join(dir, 'communes.csv');
  writeFileSync(
    communes,
    csvLines([
      ['Mã xã', 'Mã tỉnh'],
      ...register.communes.map((c, i) => [c, register.communeProvince[i] ?? '']),
    ]),
  );
  const data: BenchData = {
    scale,
    seed,
    dir,
    register: files.register,
    payments: files.payments,
    months: register.months,
    communes,
    registerRows: files.registerRows,
    paymentRows: files.paymentRows,
    bytes: [files.register, ...files.payments].reduce((sum, file) => sum + statSync(file).size, 0),
  };
  writeFileSync(manifest, `${JSON.stringify(data, null, 2)}\n`);
  return data;
}
