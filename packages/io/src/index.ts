// @ansinh/io: registers and payment lists in and out of CSV, with validation reports where nothing is lost.

export type { CellResult } from './cells.js';
export { readBirthYear, readChoice, readDate, readFlag, readText, readWholeNumber } from './cells.js';
export { loadColumnar, SnapshotError, saveColumnar } from './columnar-snapshot.js';
export type { CoverageData } from './coverage-of.js';
export { coverageOf, residualOf } from './coverage-of.js';
export { CsvSplitter } from './csv-splitter.js';
export type { LegacyEncoding } from './detect-legacy-encoding.js';
export { detectLegacyEncoding } from './detect-legacy-encoding.js';
export type { DuckdbFiles, DuckdbOptions } from './duckdb-coverage.js';
export { duckdbCoverage, duckdbPaymentsOffRegister, duckdbResidual, toParquet } from './duckdb-coverage.js';
export type { CsvRecord, ParsedCsv } from './parse-csv.js';
export { parseCsv } from './parse-csv.js';
export { readPaymentsCsv, readRegisterCsv } from './read-register.js';
export type { ColumnSpec, ReadResult, RejectedRow, RowIssue } from './read-table.js';
export { findHeader, readRecords, readTable } from './read-table.js';
export { readPaymentsXlsx, readRegisterXlsx } from './read-xlsx.js';
export { paymentColumns, registerColumns } from './register-columns.js';
export { paymentChecks, registerChecks } from './row-checks.js';
export type { HeaderLayout, RowCheck, RowVerdict } from './row-validator.js';
export { createRowValidator, layoutHeader } from './row-validator.js';
export type { ColumnarRead } from './stream-register.js';
export { readColumnar, streamPaymentsCsv, streamRegisterCsv } from './stream-register.js';
export type { StreamOptions, StreamReport, TableSource } from './stream-table.js';
export { streamTable } from './stream-table.js';
export type { SyntheticFiles } from './write-columnar.js';
export { writeSyntheticFiles } from './write-columnar.js';
export { csvLines, writeCsv } from './write-csv.js';
export type { WriteOptions } from './write-register.js';
export {
  paymentTable,
  registerTable,
  rejectedCells,
  rejectedHeader,
  writePaymentsCsv,
  writeRegisterCsv,
  writeRejectedCsv,
} from './write-register.js';
export { writeRegisterXlsx } from './write-xlsx.js';
