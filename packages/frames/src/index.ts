// @ansinh/frames: ansinh results to and from arquero tables and danfojs-node DataFrames.

export type { FlatRecord, FrameCoverage } from './frames.js';
export {
  arqueroCoverage,
  columnarToArquero,
  coverageRecords,
  danfoCoverage,
  fromArquero,
  fromDanfo,
  toArquero,
  toDanfo,
} from './frames.js';
