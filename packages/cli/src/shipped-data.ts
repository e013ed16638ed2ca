import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A dataset the command ships with, by its path under the repository's `datasets/`: in the installed
 * package it is in `data/` (copied there by the build); in a clone it is read from `datasets/` itself.
 * This module sits one folder below the package root both as source (`src/`) and built (`dist/`).
 */
export function shippedDataset(path: string): string {
  const installed = fileURLToPath(new URL(`../data/${path}`, import.meta.url));
  return existsSync(installed)
    ? installed
    : fileURLToPath(new URL(`../../../datasets/${path}`, import.meta.url));
}

/** The Tiền Hải units: the default for `synth`, `validate`, `inspect`, `rates` and `report`. */
export const defaultUnitsFile = shippedDataset('admin-units/tien-hai-units.json');

/** Every unit of Vietnam before and after the 2025 reform: the default of `units`. */
export const nationalUnitsFile = shippedDataset('admin-units/vietnam-units.csv');

/** The source article's figures, checked in `report` when no files are given. */
export const articleFiguresFile = shippedDataset('published-figures/tien-hai-2025-01.json');

/** The datasets the build copies into the package's `data/`. */
export const shippedDatasets = [
  'admin-units/tien-hai-units.json',
  'admin-units/vietnam-units.csv',
  'published-figures/tien-hai-2025-01.json',
] as const;
