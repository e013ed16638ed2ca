import { statSync } from 'node:fs';
import {
  type AdminUnit,
  type CoverageLevel,
  coverageRates,
  createUnitMap,
  describeIssue,
  formatLocality,
  formatNumber,
  formatPercent,
  gapToTarget,
  type Language,
  lastDayOf,
  type Messages,
  messagesIn,
  type PaymentRow,
  type PaymentsOffRegister,
  paymentsOffRegister,
  type RegisterRow,
  ratePercent,
  residualLists,
  type UnitCoverage,
} from '@ansinh/core';
import { coverageOf, duckdbMonth, readColumnar, requireDuckdb, validateForDuckdb } from '@ansinh/io';
import type { Engine } from '../engine-names.js';
import { loadUnits, unreadable } from '../load-dataset.js';
import { type InputSummary, loadLists, summaryOf } from '../load-registers.js';
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
  return loaded === undefined ? undefined : { ...loaded, units: units.data };
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
  const loaded = await loadAll(options, out);
  if (loaded === undefined) return undefined;
  return {
    rows: coverageRates(loaded.register, loaded.payments, loaded.period, {
      by: options.by,
      unitMap: createUnitMap(loaded.units, lastDayOf(loaded.period)),
    }),
    units: loaded.units,
    period: loaded.period,
    inputs: loaded.inputs,
    offRegister: paymentsOffRegister(loaded.register, loaded.payments, loaded.period),
  };
}

/** Coverage computed by an engine, with what each input gave and the payments outside coverage. */
interface Computed {
  readonly rows: UnitCoverage[];
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
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return undefined;
  }
  const payments = options.payments;
  const list = { units: units.data, period };
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
  const unitMap = createUnitMap(units.data, lastDayOf(period));
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
        units: units.data,
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
    units: units.data,
    period,
    inputs: [
      summaryOf(options.register, read.register),
      ...read.payments.map((r, i) => summaryOf(payments[i] ?? '', r)),
    ],
    offRegister: read.paymentsOffRegister(period),
  };
}

function unitName(code: string, units: readonly AdminUnit[], language: Language): string {
  const unit = units.find((u) => u.code === code);
  return unit === undefined ? code : formatLocality(unit, language);
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
  const known = new Set(computed.units.map((u) => u.code));
  const unknown = rows.map((r) => r.unitCode).filter((code) => !known.has(code));
  if (unknown.length > 0) out.error(messages.rates.unknownUnits(unknown.slice(0, 20).join(', ')));
  if (options.payments.length === 0) out.error(messages.rates.noPayments);
  else if (paidOn === 0 && paidOff > 0) {
    warnOffRegister(out, messages, off);
    out.error(messages.rates.paymentsForNobody(computed.period));
    return 1;
  } else if (paidOn === 0 && paidOff === 0) out.error(messages.rates.noPaymentsInPeriod(computed.period));
  warnRejected(out, messages, computed.inputs);
  warnOffRegister(out, messages, computed.offRegister);
  const gaps = rows.map((r) =>
    options.target === undefined ? undefined : gapToTarget(r.paidThroughAccountRate, options.target),
  );
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
          inputs: computed.inputs,
          offRegister: computed.offRegister,
        },
        null,
        2,
      ),
    );
    return exitOf(computed.inputs);
  }
  const n = (x: number) => formatNumber(x, language);
  const p = (r: { numerator: number; denominator: number }) => formatPercent(ratePercent(r), language);
  const h = messages.rates.headings;
  const paymentsKnown = options.payments.length > 0;
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
      ],
      rows.map((r, i) => [
        unitName(r.unitCode, computed.units, language),
        n(r.accountRate.denominator),
        n(r.accountRate.numerator),
        p(r.accountRate),
        // Without payment lists nothing is known of payments: a dash, not 0.
        ...(paymentsKnown
          ? [
              n(r.paidThroughAccountRate.numerator),
              p(r.paidThroughAccountRate),
              p(r.paidThroughAccountValueShare),
            ]
          : ['—', '—', '—']),
        ...(options.target === undefined ? [] : [paymentsKnown ? n(gaps[i]?.stillNeeded ?? 0) : '—']),
      ]),
      out.columns,
    ),
  );
  out.print('');
  out.print(messages.rates.definitions);
  return exitOf(computed.inputs);
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
        unitName(e.communeCode, loaded.units, language),
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
