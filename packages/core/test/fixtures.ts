// The source article's figures and the Tiền Hải units, read from datasets/ and validated by their schemas.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminUnitSetSchema, publishedFigureSetSchema } from '@ansinh/core';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8'));
}

/** The source article's figures (datasets/published-figures/tien-hai-2025-01.json). */
export const tienHai = publishedFigureSetSchema.parse(
  readJson('datasets/published-figures/tien-hai-2025-01.json'),
);

/** The Tiền Hải units before and after the 2025 reform (datasets/admin-units/tien-hai-units.json). */
export const units = adminUnitSetSchema.parse(readJson('datasets/admin-units/tien-hai-units.json')).units;
