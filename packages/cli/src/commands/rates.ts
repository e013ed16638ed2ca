import { statSync } from 'node:fs';
import {
  type AdminUnit,
  type CoverageLevel,
  coverageRates,
  createUnitIndex,
  createUnitMap,
  describeIssue,
  formatLocality,
  formatNumber,
  formatPercent,
  gapToTarget,
  isUnplacedKey,
  type Language,
  lastDayOf,
  type Messages,
  messagesIn,
  type PaymentRow,
  type PaymentsOffRegister,
  paymentsOffRegister,
  type RegisterRow,
  ratePercent,
  reformRates,
  residualLists,
  type UnitCoverage,
  type UnitMap,
  type VillageMap,
} from '@ansinh/core';
import { coverageOf, duckdbMonth, readColumnar, requireDuckdb, validateForDuckdb } from '@ansinh/io';
import type { Engine } from '../engine-names.js';
import { loadUnits, unreadable } from '../load-dataset.js';
import { type InputSummary, loadLists, summaryOf } from '../load-registers.js';
import { loadVillages } from '../load-villages.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { progress } from '../render/progress.js';
import { renderTextTable } from '../render/text-table.js';

/** Options shared by `ansinh rates` and `ansinh residual`. */
export interface RegisterCommandOptions {
  readonly register: string;
  /** One or more payment lists. */
  readonly payments: readonly string[];
  readonly period: string | undefined;
  readonly units: string;
  readonly language: Language;
  readonly json: boolean;
  /** A village table placing the villages of split communes on their 2025 commune (`--villages`). */
  readonly villages?: string | undefined;
  /**
   * The units to roll up and name with, when they differ from those the files are read with (`units`):
   * without `--units`, titles are read with Tiền Hải's units and any province's communes roll up with
   * the national set.
   */
  readonly rollupUnits?: string | undefined;
}

/** The units to roll up with: `rollupUnits` when given, else those read with. */
async function loadRollupUnits(
  options: RegisterCommandOptions,
  read: AdminUnit[],
  out: Output,
): Promise<AdminUnit[] | undefined> {
  if (options.rollupUnits === undefined) return read;
  const loaded = await loadUnits(options.rollupUnits);
  if (!loaded.ok) {
    printIssues(out, loaded.issues);
    return undefined;
  }
  return loaded.data;
}

type Loaded = {
  register: RegisterRow[];
  payments: PaymentRow[];
  units: AdminUnit[];
  period: string;
  inputs: InputSummary[];
};

async function loadAll(options: RegisterCommandOptions, out: Output): Promise<Loaded | undefined> {
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return undefined;
  }
  const loaded = await loadLists(
    options.register,
    options.payments,
    units.data,
    options.period,
    options.language,
    out,
  );
  if (loaded === undefined) return undefined;
  const rollup = await loadRollupUnits(options, units.data, out);
  return rollup === undefined ? undefined : { ...loaded, units: rollup };
}

/** 1 when a row of an input was rejected and left out of the rates (said on standard error), else 0. */
const exitOf = (inputs: readonly InputSummary[]): number => (inputs.some((i) => i.rejected > 0) ? 1 : 0);

/** Says on standard error that rows of a file were rejected and left out of the rates. */
function warnRejected(out: Output, messages: Messages, inputs: readonly InputSummary[]): void {
  for (const input of inputs) {
    if (input.rejected === 0) continue;
    out.error(messages.common.rejectedLeftOut(input.file, formatNumber(input.rejected, messages.language)));
  }
}

/**
 * Says on standard error that paid lines of the month fall outside coverage (a key on no register, or
 * someone not on the register at the end of the month), so no payment is dropped in silence.
 */
function warnOffRegister(out: Output, messages: Messages, off: PaymentsOffRegister): void {
  const n = (x: number) => formatNumber(x, messages.language);
  const counts = (c: PaymentsOffRegister['unknownKey']) => ({
    lines: n(c.lines),
    people: n(c.people),
    vnd: n(c.vnd),
  });
  if (off.unknownKey.lines > 0) out.error(messages.common.paidToUnknownKeys(counts(off.unknownKey)));
  if (off.notOnRegister.lines > 0) out.error(messages.common.paidOffRegister(counts(off.notOnRegister)));
}

/** `--engine rows`: every file read whole and validated, the rates computed from the rows. */
async function computeRows(
  options: RegisterCommandOptions & { readonly by: CoverageLevel },
  out: Output,
): Promise<Computed | undefined> {
  let villages: VillageMap | undefined;
  if (options.villages !== undefined) {
    const read = await loadVillages(options.villages);
    if (!read.ok) {
      printIssues(out, read.issues);
      return undefined;
    }
    villages = read.data;
  }
  const loaded = await loadAll(options, out);
  if (loaded === undefined) return undefined;
  const unitMap = createUnitMap(
    loaded.units,
    lastDayOf(loaded.period),
    villages === undefined ? {} : { villages },
  );
  return {
    rows: coverageRates(loaded.register, loaded.payments, loaded.period, { by: options.by, unitMap }),
    unitMap,
    units: loaded.units,
    period: loaded.period,
    inputs: loaded.inputs,
    offRegister: paymentsOffRegister(loaded.register, loaded.payments, loaded.period),
  };
}

/** Coverage computed by an engine, with what each input gave and the payments outside coverage. */
interface Computed {
  readonly rows: UnitCoverage[];
  /** The unit map the rows were grouped by. */
  readonly unitMap: UnitMap;
  readonly units: AdminUnit[];
  readonly period: string;
  readonly inputs: readonly InputSummary[];
  readonly offRegister: PaymentsOffRegister;
}

/**
 * `--engine columns`: the files streamed and validated into columns (any size; rejected rows counted and
 * left out); `--engine duckdb`: the files streamed through the same validation into the canonical form,
 * then DuckDB SQL generated from the coverage rules over it. Both need `--period`; `--payments` may list
 * several files separated by commas. Both group through the one unit map.
 */
async function computeAtScale(
  options: RegisterCommandOptions & { readonly by: CoverageLevel; readonly engine: Engine },
  out: Output,
): Promise<Computed | undefined> {
  const messages = messagesIn(options.language);
  const period = options.period;
  if (period === undefined) {
    out.error(messages.rates.engineNeedsPeriod(options.engine));
    return undefined;
  }
  if (options.villages !== undefined) {
    out.error(messages.rates.villagesNeedRows);
    return undefined;
  }
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return undefined;
  }
  const payments = options.payments;
  const list = { units: units.data, period };
  const rollup = await loadRollupUnits(options, units.data, out);
  if (rollup === undefined) return undefined;
  const unreadableFiles = [options.register, ...payments].flatMap((file) => {
    try {
      return statSync(file).isFile()
        ? []
        : [unreadable(file, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))];
    } catch (error) {
      return [unreadable(file, error)];
    }
  });
  if (unreadableFiles.length > 0) {
    printIssues(out, unreadableFiles);
    return undefined;
  }
  const unitMap = createUnitMap(rollup, lastDayOf(period));
  const bars = new Map<string, (done: number, total: number) => void>();
  const onProgress = (name: string, done: number, total: number | undefined) => {
    let bar = bars.get(name);
    if (bar === undefined) {
      bar = progress(out, messages.common.reading(name));
      bars.set(name, bar);
    }
    bar(done, total ?? done);
  };
  if (options.engine === 'duckdb') {
    await requireDuckdb(); // before the files are read, not after
    const validated = await validateForDuckdb({ register: options.register, payments }, { onProgress, list });
    try {
      const month = await duckdbMonth(validated, period, {
        ...(options.by === 'commune' ? {} : { unitOf: unitMap.table(options.by) }),
      });
      return {
        rows: month.coverage,
        unitMap,
        units: rollup,
        period,
        inputs: [
          summaryOf(options.register, validated.reports.register),
          ...validated.reports.payments.map((r, i) => summaryOf(payments[i] ?? '', r)),
        ],
        offRegister: month.offRegister,
      };
    } finally {
      validated.remove();
    }
  }
  const read = await readColumnar({
    register: options.register,
    payments,
    from: period,
    to: period,
    list,
    onProgress: (file, done, total) =>
      onProgress(file === 'register' ? options.register : (payments[file] ?? ''), done, total),
  });
  return {
    rows: await coverageOf({ kind: 'columns', columns: read.columns }, period, { by: options.by, unitMap }),
    unitMap,
    units: rollup,
    period,
    inputs: [
      summaryOf(options.register, read.register),
      ...read.payments.map((r, i) => summaryOf(payments[i] ?? '', r)),
    ],
    offRegister: read.paymentsOffRegister(period),
  };
}

/** Whether a level counts people on the units from 1 July 2025. */
const after2025 = (by: CoverageLevel) =>
  by === 'commune-2025' || by === 'province-2025' || by === 'unit-2025';

/** The name of a unit code at a level: the unit of that code valid in the period, or from 1 July 2025. */
function unitNamer(units: readonly AdminUnit[], by: CoverageLevel, period: string, language: Language) {
  const index = createUnitIndex(units);
  const day = after2025(by) ? '2025-07-01' : lastDayOf(period);
  return (code: string): string => {
    const unit = index.byCode(code, day)[0] ?? index.byCode(code)[0];
    return unit === undefined ? code : formatLocality(unit, language);
  };
}

/**
 * `ansinh rates --register FILE --payments FILE [--period YYYY-MM] [--by LEVEL]`: account rate and
 * paid-through-account rate (headcount), and the share paid through accounts by value, per unit. Exit 0,
 * or 2 when an input cannot be read.
 */
export async function rates(
  options: RegisterCommandOptions & {
    readonly by: CoverageLevel;
    readonly target: string | undefined;
    readonly engine: Engine;
  },
  out: Output,
): Promise<number> {
  const computed =
    options.engine === 'rows' ? await computeRows(options, out) : await computeAtScale(options, out);
  if (computed === undefined) return 2;
  const { language } = options;
  const messages = messagesIn(language);
  const { rows } = computed;
  const refused = computed.inputs.filter((input) => input.fileIssues.length > 0);
  for (const input of refused)
    for (const issue of input.fileIssues) out.error(`${input.file}: ${describeIssue(issue, messages)}`);
  if (refused.length > 0) return 2;
  const onRegister = rows.reduce((sum, r) => sum + r.accountRate.denominator, 0);
  const paidOn = rows.reduce((sum, r) => sum + r.paidThroughAccountValueShare.denominator, 0);
  const off = computed.offRegister;
  const paidOff = off.unknownKey.lines + off.notOnRegister.lines;
  if (onRegister === 0) {
    out.error(messages.rates.nothingOnRegister(computed.period));
    return 1;
  }
  // The units the map groups into at this level, on the period's date: a code outside them counted under
  // itself (a commune the units do not hold then, such as an old code after 1 July 2025).
  const table = computed.unitMap.table(options.by);
  const known = new Set(options.by === 'commune' ? table.keys() : table.values());
  const unknown = rows.map((r) => r.unitCode).filter((code) => !known.has(code) && !isUnplacedKey(code));
  // A village table that names a commune the people cannot go to is refused whole, naming its lines.
  if (computed.unitMap.villageProblems.length > 0) {
    for (const problem of computed.unitMap.villageProblems)
      out.error(
        `${options.villages ?? ''}: ${messages.rates.villageUnused(problem.oldCode, problem.village, problem.newCode)}`,
      );
    return 2;
  }
  if (unknown.length > 0) out.error(messages.rates.unknownUnits(unknown.slice(0, 20).join(', ')));
  if (options.payments.length === 0) out.error(messages.rates.noPayments);
  else if (paidOn === 0 && paidOff > 0) {
    warnOffRegister(out, messages, off);
    out.error(messages.rates.paymentsForNobody(computed.period));
    return 1;
  } else if (paidOn === 0 && paidOff === 0) out.error(messages.rates.noPaymentsInPeriod(computed.period));
  warnRejected(out, messages, computed.inputs);
  warnOffRegister(out, messages, computed.offRegister);
  // On the 2025 communes, people of split communes no source places are bounds on the communes they may be in.
  const reform =
    options.by === 'commune-2025' || options.by === 'unit-2025'
      ? reformRates(rows, computed.unitMap)
      : undefined;
  const gaps = rows.map((r) =>
    options.target === undefined ? undefined : gapToTarget(r.paidThroughAccountRate, options.target),
  );
  // Above the commune, a code not rolled up is a wrong total: said, and exit 1.
  const exit = unknown.length > 0 && options.by !== 'commune' ? 1 : exitOf(computed.inputs);
  if (options.json) {
    const units = rows.map((r, i) => {
      const gap = gaps[i];
      return { ...r, gap: gap === undefined ? undefined : { met: gap.met, stillNeeded: gap.stillNeeded } };
    });
    out.print(
      JSON.stringify(
        {
          period: computed.period,
          by: options.by,
          engine: options.engine,
          target: options.target,
          units,
          ...(reform === undefined ? {} : { reform }),
          inputs: computed.inputs,
          offRegister: computed.offRegister,
        },
        null,
        2,
      ),
    );
    return exit;
  }
  const n = (x: number) => formatNumber(x, language);
  const p = (r: { numerator: number; denominator: number }) => formatPercent(ratePercent(r), language);
  const h = messages.rates.headings;
  const paymentsKnown = options.payments.length > 0;
  const nameOf = unitNamer(computed.units, options.by, computed.period, language);
  const bounded = reform?.rates.filter((r) => r.mayInclude.length > 0) ?? [];
  // The rows shown: every unit, with the 2025 communes that only unplaced people may reach added.
  const shown = [
    ...rows.map((r, i) => ({ row: r as UnitCoverage | undefined, code: r.unitCode, gap: gaps[i] })),
    ...bounded
      .filter((b) => !rows.some((r) => r.unitCode === b.unitCode))
      .map((b) => ({ row: undefined, code: b.unitCode, gap: undefined })),
  ]
    .filter((s) => !isUnplacedKey(s.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  const boundsOf = (code: string) => {
    const b = bounded.find((r) => r.unitCode === code)?.paidThroughAccountRate;
    return b === undefined ? '' : `${p(b.low)} – ${p(b.high)}`;
  };
  out.print(messages.rates.title(computed.period, options.by));
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: h.unit, maxWidth: 22 },
        { heading: h.beneficiaries, maxWidth: 10 },
        { heading: h.accountHolders, maxWidth: 12 },
        { heading: h.accountRate, maxWidth: 10 },
        { heading: h.paidThroughAccount, maxWidth: 10 },
        { heading: h.paidRate, maxWidth: 10 },
        { heading: h.byValue, maxWidth: 10 },
        ...(options.target === undefined ? [] : [{ heading: h.stillNeeded(options.target), maxWidth: 12 }]),
        ...(bounded.length === 0 ? [] : [{ heading: messages.rates.paidRateBounds, maxWidth: 18 }]),
      ],
      shown.map(({ row: r, code, gap }) => [
        nameOf(code),
        r === undefined ? '0' : n(r.accountRate.denominator),
        r === undefined ? '0' : n(r.accountRate.numerator),
        r === undefined ? '—' : p(r.accountRate),
        // Without payment lists nothing is known of payments: a dash, not 0.
        ...(paymentsKnown && r !== undefined
          ? [
              n(r.paidThroughAccountRate.numerator),
              p(r.paidThroughAccountRate),
              p(r.paidThroughAccountValueShare),
            ]
          : ['—', '—', '—']),
        ...(options.target === undefined ? [] : [paymentsKnown ? n(gap?.stillNeeded ?? 0) : '—']),
        ...(bounded.length === 0 ? [] : [paymentsKnown ? boundsOf(code) : '—']),
      ]),
      out.columns,
    ),
  );
  out.print('');
  if (reform !== undefined && reform.unplaced.length > 0) {
    const oldName = unitNamer(computed.units, 'commune', computed.period, language);
    for (const group of reform.unplaced)
      out.print(
        messages.rates.unplaced(
          `${oldName(group.oldCode)} (${group.oldCode})`,
          n(group.onRegister),
          group.candidates.map((c) => `${nameOf(c)} (${c})`).join(', '),
        ),
      );
    out.print(messages.rates.unplacedHow);
    out.print('');
  }
  out.print(messages.rates.definitions);
  return exit;
}

/**
 * `ansinh residual --register FILE --payments FILE [--period YYYY-MM] [--reveal]`: who has no account
 * and who was not paid through one, by commune and village, with outreach flags; masked unless
 * `--reveal`. Exit 0, or 2 when an input cannot be read.
 */
export async function residual(
  options: RegisterCommandOptions & { readonly reveal: boolean },
  out: Output,
): Promise<number> {
  const loaded = await loadAll(options, out);
  if (loaded === undefined) return 2;
  const { language } = options;
  const messages = messagesIn(language);
  const r = messages.residual;
  warnRejected(out, messages, loaded.inputs);
  const lists = residualLists(loaded.register, loaded.payments, loaded.period, { reveal: options.reveal });
  if (options.json) {
    out.print(JSON.stringify(lists, null, 2));
    return 0;
  }
  const flags = (e: (typeof lists.notPaidThroughAccount)[number]) =>
    [
      e.outreach.aged80Plus ? r.outreach.aged80Plus : '',
      e.outreach.severeDisability ? r.outreach.severeDisability : '',
      e.outreach.cannotTravel ? r.outreach.cannotTravel : '',
      e.authorisedReceiver ? r.outreach.authorisedReceiver : '',
    ]
      .filter((f) => f !== '')
      .join(', ');
  const n = (x: number) => formatNumber(x, language);
  const communeName = unitNamer(loaded.units, 'commune', loaded.period, language);
  out.print(r.title(loaded.period, n(lists.withoutAccount.length), n(lists.notPaidThroughAccount.length)));
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: r.headings.commune, maxWidth: 20 },
        { heading: r.headings.village, maxWidth: 10 },
        { heading: r.headings.name, maxWidth: 22 },
        { heading: 'CCCD', maxWidth: 14 },
        { heading: r.headings.account, maxWidth: 8 },
        { heading: r.headings.paidBy, maxWidth: 10 },
        { heading: r.headings.outreach, maxWidth: 36 },
      ],
      lists.notPaidThroughAccount.map((e) => [
        communeName(e.communeCode),
        e.village ?? '—',
        e.fullName,
        e.nationalId ?? '—',
        e.hasAccount ? r.yes : r.notYet,
        e.channel === undefined ? '—' : r.channels[e.channel],
        flags(e),
      ]),
      out.columns,
    ),
  );
  if (!options.reveal) {
    out.print('');
    out.print(messages.common.masked);
  }
  return 0;
}
