// @ansinh/io: registers and payment lists in and out of CSV and XLSX, with validation reports where nothing
// is lost. The folders are the layers, each importing only from those above it in this list (a test keeps
// it so):
//   text/, csv/, xlsx/   bytes and text to records of cells, and back
//   layout/              how an office list is laid out: title facts, a header over several rows,
//                        structure rows (headings, totals, signatures) and the data between them
//   validate/            records to rows of a schema: column specs, row rules, the one table reader
//   read/                whole files and streams through that reader
//   write/               rows to files in the canonical form the readers read back
//   columnar/            validated files into columns, for province and national scale
//   duckdb/              SQL generated from the coverage rules, over files validation wrote canonical
//   engines/             one API over rows, columns and DuckDB

// Text, CSV and XLSX
export type { DecodedText, TextEncoding, UndecodableText } from './text/decode-text.js';
export {
  createTextDecoder,
  decodeText,
  detectEncoding,
  encodingWindow,
  encodingWindowBytes,
  firstInvalid,
  legacyFontOf,
  legacyLettersFont,
  TextEncodingError,
  textEncodings,
  vietnameseScore,
} from './text/decode-text.js';
export { fromLegacyLetters, fromLegacyLines } from './text/legacy-letters.js';
export { fromVni } from './text/vni.js';
export type { LegacyEncoding } from './text/detect-legacy-encoding.js';
export { detectLegacyEncoding } from './text/detect-legacy-encoding.js';
export { csvNotes } from './csv/csv-notes.js';
export type { CsvDelimiter, LineTaker } from './csv/csv-splitter.js';
export { CsvFormatError, CsvSplitter, maxRecordChars } from './csv/csv-splitter.js';
export type { CsvRecord, ParsedCsv } from './csv/parse-csv.js';
export { parseCsv } from './csv/parse-csv.js';
export { csvLines, neutraliseCell, unneutraliseCell, writeCsv } from './csv/write-csv.js';
export type { WorkbookProblem } from './xlsx/check-workbook.js';
export {
  checkWorkbook,
  looksLikeWorkbook,
  maxColumns,
  maxInflatedBytes,
  WorkbookError,
} from './xlsx/check-workbook.js';
export { cellText, sheetRecords } from './xlsx/sheet-records.js';
export { writeSheet } from './xlsx/write-sheet.js';

// Layout: office lists as they are kept, structure told from data
export type { HeaderBlock, HeaderColumn } from './layout/header-block.js';
export type {
  BodyClassifier,
  BodyVerdict,
  DataRow,
  OfficeLayout,
  RowContext,
  StructureRow,
} from './layout/read-layout.js';
export { createBodyClassifier, readLayout } from './layout/read-layout.js';
export { findHeaderRecord, headerBlock } from './layout/header-block.js';
export type { ChangeType, StructureKind } from './layout/structure-rows.js';
export type { ListKind, NamedPlace, TitleFacts } from './layout/title-facts.js';
export { periodIn, periodInFileName } from './layout/title-facts.js';

// Validation: what a row must be, and the one reader every file goes through
export type { CellResult } from './validate/cells.js';
export {
  readBirthYear,
  readChoice,
  readDate,
  readFlag,
  readText,
  readWholeNumber,
} from './validate/cells.js';
export type { Derived, DeriveRow, DeriveSetting, RowValues } from './validate/derive-fields.js';
export { cccdFacts, derivePayment, deriveRegister, personKey } from './validate/derive-fields.js';
export type { CanonicalLane } from './validate/canonical-lane.js';
export { compileLane } from './validate/canonical-lane.js';
export type { CanonicalForm } from './validate/column-spec.js';
export type { ListOptions, ListSchema } from './validate/list-schema.js';
export { paymentList, paymentNeeds, plainList, registerList, registerNeeds } from './validate/list-schema.js';
export type { HeaderLayout, MatchedBy, UnderstoodColumn } from './validate/match-columns.js';
export { headerKey, ignoredColumn, matchColumns, nearestHeader } from './validate/match-columns.js';
export { paymentColumns, readCategory, registerColumns } from './validate/register-columns.js';
export type { CommuneHints, CommuneMatch } from './validate/resolve-commune.js';
export { communeKey, resolveCommune } from './validate/resolve-commune.js';
export {
  type CellBytes,
  checkReads,
  composeChecks,
  type OnceRule,
  paymentChecks,
  paymentOnce,
  registerChecks,
  registerOnce,
  registerRowChecks,
  registerRowReads,
} from './validate/row-checks.js';
export type { RowCheck, RowJudge, RowMemory, RowVerdict } from './validate/row-validator.js';
export { createRowJudge, createRowMemory, createRowValidator, rawCells } from './validate/row-validator.js';
export type {
  AssumptionMade,
  ColumnSpec,
  FileFacts,
  RejectedRow,
  RowIssue,
  TableNote,
  ValidationReport,
} from './validate/table-issues.js';
export type { TableReader, TableReaderOptions, TableSink } from './validate/table-reader.js';
export { createTableReader } from './validate/table-reader.js';

// Reading files, whole or streamed
export {
  paymentListSchema,
  readPaymentsCsv,
  readPaymentsXlsx,
  readRegisterCsv,
  readRegisterXlsx,
  registerListSchema,
  streamPaymentsCsv,
  streamRegisterCsv,
} from './read/read-register.js';
export type { ReadResult } from './read/read-table.js';
export { listKindOfRecords } from './read/list-kind.js';
export { readList, readRecords, readTable } from './read/read-table.js';
export type { StreamOptions, TableSource } from './read/stream-table.js';
export { fileEncoding, isWorkbookPath, streamTable } from './read/stream-table.js';

// Writing files in the canonical form
export type { SyntheticFiles } from './write/write-columnar.js';
export { writeSyntheticFiles } from './write/write-columnar.js';
export type { WriteOptions } from './write/write-register.js';
export {
  canonicalHeader,
  canonicalLabels,
  paymentFields,
  registerFields,
  paymentTable,
  registerTable,
  rejectedCells,
  rejectedHeader,
  writePaymentsCsv,
  writeRegisterCsv,
  writeRejectedCsv,
} from './write/write-register.js';
export { writeRegisterXlsx } from './write/write-register-xlsx.js';

// Columns, DuckDB, and one API over the engines
export { loadColumnar, SnapshotError, saveColumnar } from './columnar/columnar-snapshot.js';
export type { ColumnarRead } from './columnar/read-columnar.js';
export { readColumnar } from './columnar/read-columnar.js';
export type { SliceMisfit } from './columnar/register-slice.js';
export { readRegisterColumnar } from './columnar/read-register-columnar.js';
export { closeWorkerThreads, idleWorkerThreads } from './columnar/worker-pool.js';
export type { DuckdbOptions } from './duckdb/duckdb-coverage.js';
export {
  duckdbCoverage,
  duckdbMonth,
  duckdbPaymentsOffRegister,
  duckdbResidual,
} from './duckdb/duckdb-coverage.js';
export type { DuckdbSessionOptions } from './duckdb/duckdb-session.js';
export { MissingDuckdbError, requireDuckdb, toParquet } from './duckdb/duckdb-session.js';
export { ruleSql } from './duckdb/rule-sql.js';
export type { InputFiles, ValidatedFiles } from './duckdb/validated-files.js';
export { validateForDuckdb } from './duckdb/validated-files.js';
export type { CoverageData } from './engines/coverage-of.js';
export { coverageOf, residualOf } from './engines/coverage-of.js';
