// Shared by the io tests: the repository root and the Tiền Hải units, read from datasets/ and validated.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminUnitSetSchema } from '@ansinh/core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The 28 Tiền Hải units before the 2025 reform, their successors, the district and the provinces. */
export const units = adminUnitSetSchema.parse(
  JSON.parse(readFileSync(join(root, 'datasets/admin-units/tien-hai-units.json'), 'utf8')),
).units;
