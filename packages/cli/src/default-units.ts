import { fileURLToPath } from 'node:url';

/** The Tiền Hải units shipped in this repository's datasets: the default for `synth` and `rates`. */
export const defaultUnitsFile = fileURLToPath(
  new URL('../../../datasets/admin-units/tien-hai-units.json', import.meta.url),
);
