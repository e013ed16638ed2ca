// @ansinh/core: typed models and exact indicator arithmetic for cashless social-allowance payment.
// Runtime dependency: zod only. See docs/numeric-policy.md for how every number is computed and printed.
// The exports in sections, from the arithmetic up to the messages; docs/architecture.md shows how they fit.

// Numbers and rates: exact decimals, one rounding policy, rates and their indicators
export { compareRates } from './indicators/compare-rates.js';
export type { TargetGap } from './indicators/gap-to-target.js';
export { gapToTarget } from './indicators/gap-to-target.js';
export type { MonthlyRate, TargetProjection } from './indicators/project-target-date.js';
export { projectTargetDate } from './indicators/project-target-date.js';
export type { Ranked, RankOptions } from './indicators/rank-rates.js';
export { rankRates } from './indicators/rank-rates.js';
export type { PercentOptions } from './indicators/rate-percent.js';
export { ratePercent } from './indicators/rate-percent.js';
export type { Rate } from './indicators/rate.js';
export { rate, rateFraction, uncovered } from './indicators/rate.js';
export type { Rollup, RollupDiscrepancy, StatedWhole } from './indicators/rollup.js';
export { rollup } from './indicators/rollup.js';
export { divideRounded } from './numeric/divide-rounded.js';
export type { ExactFraction, FixedDecimal } from './numeric/fixed-decimal.js';
export {
  compareFractions,
  fixedDecimalToFraction,
  fixedDecimalToNumber,
  formatFixedDecimal,
  isWholeFixedDecimal,
  parseFixedDecimal,
  roundFraction,
  sameFixedDecimal,
} from './numeric/fixed-decimal.js';
export type { RoundingMode } from './numeric/rounding-mode.js';
export { defaultRoundingMode, roundingModes } from './numeric/rounding-mode.js';

// Models: the data dictionary (zod schemas; the JSON Schemas and docs/data-dictionary are generated from them)
export type { AdminLevel, AdminUnit, AdminUnitSet, AdminUnitType } from './models/admin-unit.js';
export {
  adminLevelSchema,
  adminUnitSchema,
  adminUnitSetSchema,
  adminUnitTypeSchema,
  adminUnitTypeWords,
} from './models/admin-unit.js';
export type {
  BeneficiaryCategory,
  BeneficiaryCategoryCode,
  LegalInstrument,
} from './models/beneficiary-category.js';
export {
  beneficiaryCategories,
  beneficiaryCategoryCodeSchema,
  beneficiaryCategorySchema,
  legalInstrumentSchema,
} from './models/beneficiary-category.js';
export type { Source } from './models/common.js';
export {
  amountVnd,
  isoDate,
  isoMonth,
  nationalId,
  sourceLabelSchema,
  sourceSchema,
  unitCode,
} from './models/common.js';
export type { Indicator, Population } from './models/indicator.js';
export { indicatorSchema, populationSchema } from './models/indicator.js';
export type { PaymentChannel, PaymentStatus, Receiver } from './models/payment.js';
export { paymentChannelSchema, paymentStatusSchema, receiverSchema } from './models/payment.js';
export type {
  FigureGroup,
  FigureIndicator,
  FigurePeriod,
  Locality,
  PublishedAmount,
  PublishedCount,
  PublishedFigure,
  PublishedFigureSet,
  PublishedRank,
  PublishedRate,
  Qualifier,
  StatedAmount,
  StatedCount,
  StatedPercent,
} from './models/published-figure.js';
export {
  figureGroupSchema,
  figureIndicatorSchema,
  figurePeriodKey,
  figurePeriodSchema,
  flattenFigureSet,
  localitySchema,
  publishedAmountSchema,
  publishedCountSchema,
  publishedFigureSchema,
  publishedFigureSetSchema,
  publishedRankSchema,
  publishedRateSchema,
  qualifierSchema,
  statedAmountSchema,
  statedCountSchema,
  statedCountsOf,
  statedPercentSchema,
} from './models/published-figure.js';
export type { RegisterChange } from './models/register-change.js';
export { registerChangeSchema } from './models/register-change.js';
export type { PaymentRow, RegisterRow } from './models/register-row.js';
export { paymentRowSchema, registerRowSchema, sexSchema, stopReasonSchema } from './models/register-row.js';

// Reference models of a normalised register (beneficiary, account, authorised receiver, payment, payment
// period): the data dictionary of a fuller system, with JSON Schemas. No analysis reads them: registers and
// payment lists are read as the flat rows offices keep (RegisterRow, PaymentRow) above.
export type { Account } from './models/account.js';
export { accountSchema } from './models/account.js';
export type { AuthorisedReceiver } from './models/authorised-receiver.js';
export { authorisedReceiverSchema } from './models/authorised-receiver.js';
export type { Beneficiary } from './models/beneficiary.js';
export { beneficiarySchema } from './models/beneficiary.js';
export type { Payment } from './models/payment.js';
export { paymentSchema } from './models/payment.js';
export type { PaymentPeriod } from './models/payment-period.js';
export { paymentPeriodSchema } from './models/payment-period.js';
export type { Target, TargetSet } from './models/target.js';
export { targetSchema, targetSetSchema } from './models/target.js';

// Who counts: the coverage rules, written once, and the unit map every engine groups by
export type { DefinitionField, Operand, Rule, RuleParams, RuleRow } from './coverage/definitions.js';
export { compileRule, coverageRules } from './coverage/definitions.js';
export { holdsAccount, onRegister } from './coverage/on-register.js';
export type { PaymentsOffRegister } from './coverage/payments-off-register.js';
export { paymentsOffRegister } from './coverage/payments-off-register.js';
export type { PersonMonth } from './coverage/person-month.js';
export { countedPaymentStatus, personMonths } from './coverage/person-month.js';
export type {
  OldUnitCount,
  RateBounds,
  ReformCount,
  ReformRate,
  UnplacedPeople,
} from './units/reform-rates.js';
export { reformCounts, reformRates } from './units/reform-rates.js';
export type { UnitMap, VillageMap } from './units/unit-map.js';
export { coverageLevels, createUnitMap, isUnplacedKey, unplacedKey } from './units/unit-map.js';
export type { ByNameOptions, UnitIndex, UnitLink } from './units/unit-index.js';
export { createUnitIndex } from './units/unit-index.js';
export { readUnitsTable, unitsTableColumns, writeUnitsTable } from './units/units-table.js';

// Registers and payment lists: analyses on rows, months, allowance rules
export type { MeritEntitlement, SocialAssistanceSituation } from './allowances/allowance-rules.js';
export {
  meritCategory,
  meritMonthlyAmounts2024,
  socialAssistanceAmount,
  socialAssistanceCoefficients,
  socialAssistanceStandardLevel,
  socialAssistanceStandardLevels,
} from './allowances/allowance-rules.js';
export type { CoverageLevel, UnitCoverage } from './analyses/coverage-rates.js';
export { coverageRates } from './analyses/coverage-rates.js';
export type { RegisterChangeSummary } from './analyses/register-change.js';
export { registerChange } from './analyses/register-change.js';
export type { ResidualEntry, ResidualLists } from './analyses/residual-list.js';
export { residualLists } from './analyses/residual-list.js';
export { addDays, dayNumber, lastDayOf, monthsBetween } from './calendar/months.js';

// Columns: the same analyses at province and national scale
export type { ColumnarBuilder, PaidColumns, PaymentTally } from './columnar/columnar-builder.js';
export {
  createColumnarBuilder,
  createPaidColumns,
  paidColumns,
  paymentCell,
} from './columnar/columnar-builder.js';
export { KeyIndex, KeyNumbers } from './columnar/key-index.js';
export type { PackedKeys } from './columnar/packed-keys.js';
export { createKeyPacker, packedKeyAt, packedKeysAt, packKeys, unpackKeys } from './columnar/packed-keys.js';
export type { RegisterColumns } from './columnar/register-columns.js';
export { createRegisterColumns, registerColumnsReads } from './columnar/register-columns.js';
export type { ColumnarCoverage, ColumnarLevel } from './columnar/columnar-coverage.js';
export {
  columnarCoverage,
  columnarCoverageRates,
  columnarNotOnRegister,
  columnarSeries,
} from './columnar/columnar-coverage.js';
export type { ColumnarRegister } from './columnar/columnar-register.js';
export {
  authorisedReceiverBit,
  beneficiaryIdAt,
  beneficiaryIdsAt,
  channelOf,
  columnarCategories,
  columnarChannels,
  noDay,
  packedIdsOf,
  unknownCategory,
  unknownSex,
} from './columnar/columnar-register.js';
export type { DayRule } from './columnar/columnar-rules.js';
export { columnarRule } from './columnar/columnar-rules.js';
export type { ColumnarResidual } from './columnar/columnar-residual.js';
export { columnarResidual } from './columnar/columnar-residual.js';
export { toColumnar } from './columnar/to-columnar.js';

// Published figures: extraction from pages, checking, and scoring against gold sets
export type {
  CheckFiguresOptions,
  DenominatorCandidate,
  FigureCheck,
  Recomputation,
} from './claims/check-published-figures.js';
export { checkPublishedFigures } from './claims/check-published-figures.js';
export type { QualifiedPercentCheck } from './claims/check-qualified-percent.js';
export { checkQualifiedPercent } from './claims/check-qualified-percent.js';
export type { FigureRelation } from './claims/check-relations.js';
export { checkRelations } from './claims/check-relations.js';
export type {
  ConsistentPairs,
  CountInterval,
  StatedBound,
  StatedPercentCheck,
  StatedPercentOptions,
  StatedPercentVerdict,
} from './claims/check-stated-percent.js';
export {
  checkStatedPercent,
  plausibleInterval,
  qualifierInterval,
  statedUnit,
} from './claims/check-stated-percent.js';
export type { CountRange } from './claims/consistent-counts.js';
export {
  consistentDenominators,
  consistentNumerators,
  denominatorsPrinting,
  grimCanDiscriminate,
  largestCount,
} from './claims/consistent-counts.js';
export type { DerivedCount } from './claims/derive-uncovered.js';
export { deriveUncovered } from './claims/derive-uncovered.js';
export type { RateClaim, RateClaimResult } from './claims/parse-rate-claim.js';
export { safeParseRateClaim } from './claims/parse-rate-claim.js';
export { indexByLocality, placeNameKey, sameLocality } from './claims/same-locality.js';
export type { GoldFigure, GoldGroup, GoldIndicator } from './evaluation/gold-figure.js';
export { goldFigureSchema, isGoldTarget } from './evaluation/gold-figure.js';
export type {
  ExtractionScore,
  GoldOutcome,
  PageScore,
  ScoredField,
  ScoredFigure,
  ScoreTotals,
} from './evaluation/score-extraction.js';
export {
  asScored,
  differences,
  periodKey,
  samePeriod,
  samePlaceKey,
  scoreExtraction,
  scorePage,
} from './evaluation/score-extraction.js';
export type { Cue, Topic } from './extract/cue-words.js';
export { findCues, groupOf } from './extract/cue-words.js';
export { detectLanguage } from './extract/detect-language.js';
export type { Evidence, ExtractedFigure, ExtractOptions } from './extract/extract-figures.js';
export { extractFigures } from './extract/extract-figures.js';
export type { LocalityFinder, LocalityMention, LocalityRole } from './extract/find-localities.js';
export { createLocalityFinder, findLocalities } from './extract/find-localities.js';
export type { FoundNumber, NumberKind } from './extract/find-numbers.js';
export { findNumbers } from './extract/find-numbers.js';
export type { PeriodMention } from './extract/find-period.js';
export { findPeriod, findPeriods } from './extract/find-period.js';
export type { NormalizedText } from './extract/normalize-page.js';
export { normalizePage } from './extract/normalize-page.js';
export { provinceOfAddress } from './extract/place-context.js';
export type { Page, PageLine, PageLineKind } from './extract/read-page.js';
export { pageFurnitureMarkers, readPage } from './extract/read-page.js';
export type { Sentence } from './extract/split-sentences.js';
export { articleEnd, splitSentences } from './extract/split-sentences.js';
export type { TextSpan } from './extract/text-span.js';

// Vietnamese text, numbers and place names
export type { FindUnitsOptions } from './vietnamese/find-units-by-name.js';
export { findUnitsByName } from './vietnamese/find-units-by-name.js';
export { foldDiacritics } from './vietnamese/fold-diacritics.js';
export { formatNumber, formatPercent } from './vietnamese/format-number.js';
export { normalizeText } from './vietnamese/normalize-text.js';
export { safeParseNumberIn, safeParseQuantityIn } from './vietnamese/parse-number-in.js';
export type {
  VietnameseNumber,
  VietnameseNumberResult,
} from './vietnamese/parse-number.js';
export {
  parseVietnameseNumber,
  safeParseVietnameseNumber,
  vietnameseScaleWords,
} from './vietnamese/parse-number.js';
export type {
  VietnameseQuantity,
  VietnameseQuantityResult,
} from './vietnamese/parse-quantity.js';
export {
  parseVietnameseQuantity,
  qualifiers,
  safeParseVietnameseQuantity,
  vietnameseQualifierWords,
} from './vietnamese/parse-quantity.js';
export type { ProvinceName } from './vietnamese/province-names.js';
export { provinceKey, provinceNames, provincesNamed } from './vietnamese/province-names.js';

// Languages and messages: one Messages interface, in Vietnamese and English
export type { Verdict } from './i18n/explanations.js';
export {
  amountChannelLabels,
  cliMessages,
  groupLabels,
  indicatorLabels,
  populationLabels,
  qualifierLabels,
  reproductionHeadings,
  roundingLabels,
  statedPercentVerdictLabels,
  uncoveredLabels,
  verdictLabels,
  words,
} from './i18n/explanations.js';
export { formatFigurePeriod, formatLocality } from './i18n/format-figure.js';
export type {
  AssumptionCode,
  AssumptionOf,
  AssumptionParams,
  IssueCode,
  IssueOf,
  IssueParams,
  NoteCode,
  NoteOf,
  NoteParams,
  StructureName,
} from './i18n/issue-codes.js';
export type { Bilingual, Language } from './i18n/language.js';
export { languages } from './i18n/language.js';
export { messagesEn } from './i18n/messages-en.js';
export { messagesIn } from './i18n/messages-in.js';
export { messagesVi } from './i18n/messages-vi.js';
export type { LinesPeopleDong, Messages } from './i18n/messages.js';
export { describeAssumption, describeIssue, describeNote } from './i18n/messages.js';

// Personal data
export type { NationalIdIssue } from './privacy/check-national-id.js';
export { checkNationalId } from './privacy/check-national-id.js';
export { maskIdentifier, maskName } from './privacy/mask-identifier.js';
export { maskedStrings, maskPersonalNumbers } from './privacy/mask-personal-numbers.js';

// Synthetic data (labelled as such in every file it writes)
export type { Random } from './synth/random.js';
export { createRandom } from './synth/random.js';
export { synthesizeColumnar, syntheticScales } from './synth/synthesize-columnar.js';
export type { DistrictCalibration, SyntheticDistrict } from './synth/synthesize-district.js';
export { synthesizeDistrict, tienHaiCalibration } from './synth/synthesize-district.js';
export { syntheticPaymentRow, syntheticRegisterRow } from './synth/synthetic-person.js';

// Errors: misuse throws these; bad data never throws, it is reported as data
export { AnsinhError, InvalidArgumentError, ParseError } from './errors.js';
