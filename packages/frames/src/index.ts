// @ansinh/frames: ansinh results to and from arquero tables and danfojs-node DataFrames.

export type { FlatRecord } from './frames.js';
export { columnarToArquero, coverageRecords, fromArquero, fromDanfo, toArquero, toDanfo } from './frames.js';
