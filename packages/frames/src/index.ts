// @ansinh/frames: ansinh results to and from arquero tables and danfojs-node DataFrames. This entry needs
// both peers; `@ansinh/frames/arquero`, `@ansinh/frames/danfo` and `@ansinh/frames/records` need one or none.

export { arqueroCoverage, columnarToArquero, fromArquero, toArquero } from './arquero.js';
export { danfoCoverage, fromDanfo, toDanfo } from './danfo.js';
export { coverageRecords, type FlatRecord, type FrameCoverage, monthEndDay } from './records.js';
