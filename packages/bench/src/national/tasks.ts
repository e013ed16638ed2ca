// The four tasks of the national benchmark, the shape of each answer, and how answers are compared.
import { createHash } from 'node:crypto';

/** Task (a): what reading and validating the register gave. */
export interface RegisterRead {
  /** Rows accepted (all of them: the generated register is valid). */
  readonly rows: number;
  readonly communes: number;
  /** Sum of monthly amounts, a check that every number was read. */
  readonly amountVnd: number;
}

/** One unit's headcount in a month: paid through an account, of those on the register. */
export interface UnitCount {
  readonly unit: string;
  readonly paid: number;
  readonly onRegister: number;
}

/** Task (b): the paid-through-account rate of one month, per commune and per province. */
export interface MonthRates {
  readonly communes: readonly UnitCount[];
  readonly provinces: readonly UnitCount[];
}

/** Task (c): the 12-month series per province. */
export type ProvinceSeries = readonly (UnitCount & { readonly month: string })[];

/** Task (d): the residual list of the month, as beneficiary keys (any order). */
export type ResidualIds = readonly string[];

/** What a tool implements: a load step for (b)–(d), and the four tasks. */
export interface BenchTool {
  readonly name: string;
  /** (a) read and validate the register CSV. */
  readRegister(): Promise<RegisterRead>;
  /** Loads the register and payment lists into the tool's own form (timed once, reported). */
  load(): Promise<void>;
  /** (b) */
  monthRates(): Promise<MonthRates>;
  /** (c) */
  provinceSeries(): Promise<ProvinceSeries>;
  /** (d) */
  residual(): Promise<ResidualIds>;
  /**
   * Saves what `load` built in the tool's own format (not timed) and returns the timed step: reopen it in
   * a fresh state and answer (b). Absent for tools without a format of their own here.
   */
  saveForReload?(): Promise<() => Promise<MonthRates>>;
  close(): Promise<void>;
}

export const taskNames = {
  a: '(a) read + validate register CSV',
  load: 'load register + 12 payment lists',
  first: 'load + first answer (b)',
  b: '(b) paid-through-account rate, communes + provinces, 1 month',
  c: '(c) 12-month series per province',
  d: '(d) residual list, 1 month',
  reload: 'reopen saved state + (b)',
} as const;

export type TaskKey = keyof typeof taskNames;

const byUnit = (a: UnitCount, b: UnitCount) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);

/** An answer in one canonical form (sorted), so tools that order rows differently compare equal. */
export function canonical(task: TaskKey, answer: unknown): unknown {
  const unitCount = (r: UnitCount) => ({ unit: r.unit, paid: r.paid, onRegister: r.onRegister });
  if (task === 'b' || task === 'reload' || task === 'first') {
    const rates = answer as MonthRates;
    return {
      communes: rates.communes.map(unitCount).sort(byUnit),
      provinces: rates.provinces.map(unitCount).sort(byUnit),
    };
  }
  if (task === 'c') {
    return (answer as ProvinceSeries)
      .map((r) => ({ month: r.month, unit: r.unit, paid: r.paid, onRegister: r.onRegister }))
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : byUnit(a, b)));
  }
  if (task === 'd') return [...(answer as ResidualIds)].sort();
  const read = answer as RegisterRead;
  return { rows: read.rows, communes: read.communes, amountVnd: read.amountVnd };
}

/** A short fingerprint of an answer (SHA-256 of its canonical JSON), and a size to show. */
export function fingerprint(task: TaskKey, answer: unknown): { digest: string; size: number } {
  const form = canonical(task, answer);
  const hash = createHash('sha256');
  if (Array.isArray(form)) {
    for (const item of form) hash.update(`${JSON.stringify(item)}\n`);
  } else hash.update(JSON.stringify(form));
  const size = Array.isArray(form)
    ? form.length
    : task === 'b' || task === 'reload' || task === 'first'
      ? (form as MonthRates).communes.length
      : ((form as RegisterRead | undefined)?.rows ?? 0);
  return { digest: hash.digest('hex').slice(0, 16), size };
}
