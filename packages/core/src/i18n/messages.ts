import type { CoverageLevel } from '../units/unit-map.js';
import type {
  AssumptionCode,
  AssumptionParams,
  IssueCode,
  IssueParams,
  NoteCode,
  NoteParams,
  StructureName,
} from './issue-codes.js';
import type { Bilingual, Language } from './language.js';

/** A count of lines, people and dong, as the warnings about payments outside coverage give them. */
export interface LinesPeopleDong {
  readonly lines: string;
  readonly people: string;
  readonly vnd: string;
}

/**
 * Every message ansinh prints, as one interface that the Vietnamese (`messages-vi.ts`) and the English
 * (`messages-en.ts`) files implement: the compiler refuses a file that leaves one out. Results carry codes
 * and parameters (`RowIssue`, `TableNote`); the words are chosen here, in the reader's language. Domain
 * explanations that compute their wording (`explainRateCheck` and its kin) return both languages at once
 * as a `Bilingual`, whose type asks for both; `pick` takes this language's side.
 */
export interface Messages {
  readonly language: Language;
  /** This language's side of a text written in both. */
  pick(text: Bilingual): string;
  /** Why a row or a file was refused, by issue code. */
  readonly issues: { readonly [C in IssueCode]: (params: IssueParams[C]) => string };
  /** What a reader assumed where a file does not say, by assumption code. */
  readonly assumptions: { readonly [C in AssumptionCode]: (params: AssumptionParams[C]) => string };
  /** The kinds of structure rows, by name. */
  readonly structure: { readonly [S in StructureName]: string };
  /** How a file was written, by note code. */
  readonly notes: { readonly [C in NoteCode]: (params: NoteParams[C]) => string };
  readonly kinds: { readonly register: string; readonly payments: string };
  readonly common: {
    readonly warning: string;
    readonly note: string;
    readonly noPeriod: string;
    readonly rejectedLeftOut: (file: string, rejected: string) => string;
    readonly paidToUnknownKeys: (count: LinesPeopleDong) => string;
    readonly paidOffRegister: (count: LinesPeopleDong) => string;
    readonly reading: (file: string) => string;
    readonly validating: string;
    readonly done: (path: string) => string;
    readonly masked: string;
    readonly moreWithJson: (more: string) => string;
    readonly outputIsInput: (path: string) => string;
    readonly outputUnwritable: (path: string, why: 'no_folder' | 'is_folder') => string;
  };
  readonly validate: {
    /** Every record of the file counted once: accepted, rejected, skipped (blank) or structure. */
    readonly summary: (
      file: string,
      kind: string,
      counts: {
        readonly rows: string;
        readonly accepted: string;
        readonly rejected: string;
        readonly skipped: string;
        readonly structure: string;
      },
    ) => string;
    /** What the file says of itself: its commune, period and title (each `undefined` when it does not). */
    readonly facts: (facts: {
      readonly commune: string | undefined;
      readonly period: string | undefined;
      readonly periodFrom: 'title' | 'file_name' | 'option' | undefined;
      readonly title: string | undefined;
      readonly encoding: string;
    }) => string;
    readonly assumptionsHeading: string;
    readonly assumption: (text: string, rows: string) => string;
    readonly nothingAccepted: (file: string) => string;
    readonly fileRefused: (file: string) => string;
    readonly rejectedMasked: string;
    readonly headings: {
      readonly row: string;
      readonly column: string;
      readonly code: string;
      readonly message: string;
      readonly count: string;
    };
    readonly rejectedWritten: (path: string) => string;
  };
  /** `ansinh inspect`: how each column and structure row of a file was understood. */
  readonly inspect: {
    readonly columnsHeading: string;
    readonly structureHeading: string;
    readonly headings: {
      readonly column: string;
      readonly header: string;
      readonly field: string;
      readonly how: string;
      readonly line: string;
      readonly kind: string;
      readonly text: string;
    };
    readonly notUsed: string;
    readonly matchedBy: {
      readonly map: string;
      readonly code: string;
      readonly spelling: string;
      readonly sex_split: string;
    };
    readonly moreStructure: (more: string) => string;
  };
  readonly rates: {
    readonly title: (period: string, by: CoverageLevel) => string;
    readonly headings: {
      readonly unit: string;
      readonly beneficiaries: string;
      readonly accountHolders: string;
      readonly accountRate: string;
      readonly paidThroughAccount: string;
      readonly paidRate: string;
      readonly byValue: string;
      readonly stillNeeded: (target: string) => string;
    };
    readonly definitions: string;
    readonly engineNeedsPeriod: (engine: string) => string;
    /** No payment list was given: only the account rate means anything. */
    readonly noPayments: string;
    readonly nothingOnRegister: (period: string) => string;
    readonly paymentsForNobody: (period: string) => string;
    readonly noPaymentsInPeriod: (period: string) => string;
    readonly unknownUnits: (codes: string) => string;
    /** The heading of the bounds of the paid-through-account rate of a 2025 commune. */
    readonly paidRateBounds: string;
    /** People of a split commune not placed on a 2025 commune: the commune, how many, where they may be. */
    readonly unplaced: (commune: string, people: string, candidates: string) => string;
    readonly unplacedHow: string;
    /** A village of the village map that names no commune the old commune went to. */
    readonly villageUnused: (oldCode: string, village: string, newCode: string) => string;
    readonly villagesNeedRows: string;
  };
  readonly residual: {
    readonly title: (period: string, withoutAccount: string, notPaid: string) => string;
    readonly headings: {
      readonly commune: string;
      readonly village: string;
      readonly name: string;
      readonly account: string;
      readonly paidBy: string;
      readonly outreach: string;
    };
    readonly yes: string;
    readonly notYet: string;
    readonly channels: { readonly account: string; readonly cash: string; readonly cash_at_home: string };
    readonly outreach: {
      readonly aged80Plus: string;
      readonly severeDisability: string;
      readonly cannotTravel: string;
      readonly authorisedReceiver: string;
    };
  };
  readonly extract: {
    readonly none: string;
    /** Why a text with percents may give no figure. */
    readonly noneWhy: string;
    readonly found: (count: string) => string;
    readonly headings: {
      readonly locality: string;
      readonly indicator: string;
      readonly period: string;
      readonly asStated: string;
      readonly fromWords: string;
    };
    readonly rank: (rank: number) => string;
  };
  /** `ansinh units find`: administrative units by name or code, up and across the 2025 reform. */
  readonly units: {
    readonly found: (count: string, query: string) => string;
    readonly none: (query: string) => string;
    /** `--in` names no unit. */
    readonly noPlace: (place: string) => string;
    readonly headings: {
      readonly unit: string;
      readonly code: string;
      readonly validity: string;
      readonly within: string;
      readonly reform: string;
    };
    readonly until: (date: string) => string;
    readonly from: (date: string) => string;
    readonly always: string;
    /** An old unit's successors (`→ …`) and a new unit's predecessors (`← …`). */
    readonly to: string;
    readonly cameFrom: string;
    readonly part: string;
    readonly allPeople: string;
    /** A district abolished on 1 July 2025 without a successor of its own. */
    readonly abolished: string;
  };
  readonly evalExtract: {
    readonly noGoldSet: (tried: string) => string;
    readonly scoredAgainst: (dir: string) => string;
    readonly headings: {
      readonly page: string;
      readonly subset: string;
      readonly gold: string;
      readonly whole: string;
      readonly inPart: string;
      readonly missed: string;
      readonly extracted: string;
      readonly invented: string;
      readonly recall: string;
      readonly precision: string;
    };
    readonly consistency: (
      annotated: number,
      found: number,
      agreed: number,
      falseInconsistent: number,
    ) => string;
    readonly totals: { readonly all: string; readonly withoutOther: string; readonly withoutTargets: string };
    readonly inPart: string;
    readonly missed: string;
    readonly gold: string;
    readonly found: string;
    readonly notWhole: string;
    readonly invented: string;
    readonly decimalMark: string;
  };
  readonly reproduce: {
    readonly refused: (count: number) => string;
    readonly legend: string;
    readonly title: string;
    readonly source: string;
    readonly derivedTitle: string;
    readonly headings: { readonly who: string; readonly formula: string; readonly people: string };
    readonly figures: (count: number) => string;
  };
  readonly synth: {
    readonly generating: string;
    readonly writing: string;
    readonly generatingSeed: (seed: number) => string;
    readonly wroteRegister: (file: string, count: string) => string;
    readonly wrotePayments: (file: string, count: string) => string;
    readonly doneAtScale: (dir: string, beneficiaries: string, payments: string) => string;
  };
  readonly report: { readonly written: (path: string) => string; readonly syntheticNotice: string };
}

/** An assumption's message in a language, from `assumptions` by its code (an unknown code as itself). */
export function describeAssumption(
  assumption: { readonly code: string; readonly params?: Readonly<Record<string, unknown>> | undefined },
  messages: Messages,
): string {
  const say = (messages.assumptions as Record<string, ((params: unknown) => string) | undefined>)[
    assumption.code
  ];
  return say === undefined ? assumption.code : say(assumption.params ?? {});
}

/**
 * An issue's message in a language, from `issues` by its code (an unknown code prints as itself).
 */
export function describeIssue(
  issue: { readonly code: string; readonly params?: Readonly<Record<string, unknown>> | undefined },
  messages: Messages,
): string {
  const say = (messages.issues as Record<string, ((params: unknown) => string) | undefined>)[issue.code];
  if (say !== undefined) return say(issue.params ?? {});
  return issue.code;
}

/** A note's message in a language. */
export function describeNote(
  note: { readonly code: string; readonly params?: Readonly<Record<string, unknown>> | undefined },
  messages: Messages,
): string {
  const say = (messages.notes as Record<string, ((params: unknown) => string) | undefined>)[note.code];
  return say === undefined ? note.code : say(note.params ?? {});
}
