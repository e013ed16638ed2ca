import { existsSync } from 'node:fs';
import {
  type AdminUnit,
  type CoverageLevel,
  coverageRates,
  formatLocality,
  formatNumber,
  formatPercent,
  gapToTarget,
  type Language,
  lastDayOf,
  type PaymentRow,
  paymentsOffRegister,
  type RegisterRow,
  ratePercent,
  residualLists,
  type UnitCoverage,
} from '@ansinh/core';
import { coverageOf, duckdbPaymentsOffRegister, readColumnar } from '@ansinh/io';
import { loadUnits, unreadable } from '../load-dataset.js';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { progress } from '../render/progress.js';
import { renderTextTable } from '../render/text-table.js';

/** How `ansinh rates` computes: rows in memory, columns streamed from the files, or DuckDB over them. */
export type Engine = 'rows' | 'columns' | 'duckdb';

/** Options shared by `ansinh rates` and `ansinh residual`. */
export interface RegisterCommandOptions {
  readonly register: string;
  readonly payments: string;
  readonly period: string | undefined;
  readonly units: string;
  readonly language: Language;
  readonly json: boolean;
}

type Loaded = { register: RegisterRow[]; payments: PaymentRow[]; units: AdminUnit[]; period: string };

async function loadAll(options: RegisterCommandOptions, out: Output): Promise<Loaded | undefined> {
  const vi = options.language === 'vi';
  const [register, payments, units] = await Promise.all([
    loadRegister(options.register),
    loadPayments(options.payments),
    loadUnits(options.units),
  ]);
  if (!register.ok || !payments.ok || !units.ok) {
    for (const loaded of [register, payments, units]) if (!loaded.ok) printIssues(out, loaded.issues);
    return undefined;
  }
  for (const [file, result] of [
    [options.register, register.result],
    [options.payments, payments.result],
  ] as const) {
    warnRejected(out, vi, file, result.rejected.length);
  }
  const periods = [...new Set(payments.result.accepted.map((p) => p.period))].sort();
  const period = options.period ?? periods.at(-1);
  if (period === undefined) {
    out.error(vi ? 'Danh sách chi trả không có kỳ nào.' : 'The payment list holds no period.');
    return undefined;
  }
  return {
    register: [...register.result.accepted],
    payments: [...payments.result.accepted],
    units: units.data,
    period,
  };
}

/** Says on standard error that rows of a file were rejected and left out of the rates. */
function warnRejected(out: Output, vi: boolean, file: string, rejected: number): void {
  if (rejected === 0) return;
  out.error(
    vi
      ? `Cảnh báo: ${file}: ${rejected} dòng bị loại, không tính (xem ansinh validate ${file}).`
      : `Warning: ${file}: ${rejected} rows rejected and left out (see ansinh validate ${file}).`,
  );
}

/**
 * Says on standard error that paid lines of the month fall outside coverage (a key on no register, or
 * someone not on the register at the end of the month), so no payment is dropped in silence.
 */
function warnOffRegister(
  out: Output,
  vi: boolean,
  unknownKey: { readonly lines: number; readonly people: number; readonly vnd: number },
  notOnRegister: { readonly lines: number; readonly people: number; readonly vnd: number } | undefined,
  language: Language,
): void {
  const n = (x: number) => formatNumber(x, language);
  if (unknownKey.lines > 0) {
    out.error(
      vi
        ? `Cảnh báo: ${n(unknownKey.lines)} khoản đã chi (${n(unknownKey.vnd)} đồng) cho ${n(unknownKey.people)} mã đối tượng không có trong danh sách đối tượng: không tính vào tỷ lệ.`
        : `Warning: ${n(unknownKey.lines)} paid lines (${n(unknownKey.vnd)} dong) to ${n(unknownKey.people)} keys on no register: not counted in the rates.`,
    );
  }
  if (notOnRegister !== undefined && notOnRegister.lines > 0) {
    out.error(
      vi
        ? `Cảnh báo: ${n(notOnRegister.lines)} khoản đã chi (${n(notOnRegister.vnd)} đồng) cho ${n(notOnRegister.people)} người không còn hoặc chưa có trong danh sách cuối kỳ: không tính vào tỷ lệ.`
        : `Warning: ${n(notOnRegister.lines)} paid lines (${n(notOnRegister.vnd)} dong) to ${n(notOnRegister.people)} people not on the register at the end of the month: not counted in the rates.`,
    );
  }
}

/**
 * The unit each commune belongs to at a level (itself, its district, its province), among the communes of
 * `period`: what the columns and DuckDB group by.
 */
function parentsAt(units: readonly AdminUnit[], period: string, by: CoverageLevel): Map<string, string> {
  const end = lastDayOf(period);
  const parents = new Map<string, string>();
  for (const unit of units) {
    if (unit.level !== 'commune') continue;
    if ((unit.validFrom !== null && unit.validFrom > end) || (unit.validTo !== null && unit.validTo < end))
      continue;
    const district = unit.parentCode ?? unit.code;
    const province = units.find((u) => u.code === district && u.level === 'district')?.parentCode ?? district;
    parents.set(unit.code, by === 'commune' ? unit.code : by === 'district' ? district : province);
  }
  return parents;
}

/**
 * `--engine columns`: the files streamed and validated into columns (any size; rejected rows counted and
 * left out); `--engine duckdb`: DuckDB SQL over the files, which it reads without loading (validate them
 * first). Both need `--period`; `--payments` may list several files separated by commas.
 */
async function computeAtScale(
  options: RegisterCommandOptions & { readonly by: CoverageLevel; readonly engine: Engine },
  out: Output,
): Promise<{ rows: UnitCoverage[]; units: AdminUnit[]; period: string } | undefined> {
  const vi = options.language === 'vi';
  const period = options.period;
  if (period === undefined || options.by === 'unit-2025') {
    out.error(
      vi
        ? `--engine ${options.engine} cần --period YYYY-MM và --by commune, district hoặc province.`
        : `--engine ${options.engine} needs --period YYYY-MM and --by commune, district or province.`,
    );
    return undefined;
  }
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return undefined;
  }
  const payments = options.payments.split(',').filter((f) => f !== '');
  const missing = [options.register, ...payments].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    for (const file of missing) printIssues(out, [unreadable(file, new Error('no such file'))]);
    return undefined;
  }
  const parents = parentsAt(units.data, period, options.by);
  const group = options.by === 'commune' ? 'commune' : 'province';
  if (options.engine === 'duckdb') {
    out.error(
      vi
        ? 'DuckDB đọc thẳng các tệp, không kiểm tra từng dòng: hãy chạy ansinh validate trước.'
        : 'DuckDB reads the files as they are, without checking rows: run ansinh validate first.',
    );
    const rows = await coverageOf(
      { kind: 'files', files: { register: options.register, payments }, parents },
      period,
      {
        by: group,
      },
    );
    const off = await duckdbPaymentsOffRegister({ register: options.register, payments }, period);
    warnOffRegister(out, vi, off.unknownKey, off.notOnRegister, options.language);
    return { rows, units: units.data, period };
  }
  const bars = new Map<string, (done: number, total: number) => void>();
  const read = await readColumnar({
    register: options.register,
    payments,
    from: period,
    to: period,
    parentOf: (code) => parents.get(code) ?? '',
    onProgress: (file, done, total) => {
      const name = file === 'register' ? options.register : (payments[file] ?? '');
      let bar = bars.get(name);
      if (bar === undefined) {
        bar = progress(out, `${vi ? 'Đang đọc' : 'Reading'} ${name}`);
        bars.set(name, bar);
      }
      bar(done, total ?? done);
    },
  });
  for (const [file, report] of [
    [options.register, read.register],
    ...read.payments.map((r, i) => [payments[i] ?? '', r] as const),
  ] as const) {
    warnRejected(out, vi, file, report.rejected);
  }
  // The columns keep no line for a key on no register: they count such lines, not their people or dong.
  const unknownLines = read.paymentTallies.reduce((sum, t) => sum + t.unmatched, 0);
  if (unknownLines > 0) {
    out.error(
      vi
        ? `Cảnh báo: ${formatNumber(unknownLines, options.language)} khoản đã chi cho mã đối tượng không có trong danh sách đối tượng: không tính vào tỷ lệ.`
        : `Warning: ${formatNumber(unknownLines, options.language)} paid lines to keys on no register: not counted in the rates.`,
    );
  }
  return {
    rows: await coverageOf({ kind: 'columns', columns: read.columns }, period, { by: group }),
    units: units.data,
    period,
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
  const loaded = options.engine === 'rows' ? await loadAll(options, out) : await computeAtScale(options, out);
  if (loaded === undefined) return 2;
  const { language } = options;
  const vi = language === 'vi';
  const rows =
    'rows' in loaded
      ? loaded.rows
      : coverageRates(loaded.register, loaded.payments, loaded.period, {
          by: options.by,
          units: loaded.units,
        });
  if (!('rows' in loaded)) {
    const off = paymentsOffRegister(loaded.register, loaded.payments, loaded.period);
    warnOffRegister(out, vi, off.unknownKey, off.notOnRegister, language);
  }
  const gaps = rows.map((r) =>
    options.target === undefined ? undefined : gapToTarget(r.paidThroughAccountRate, options.target),
  );
  if (options.json) {
    const units = rows.map((r, i) => {
      const gap = gaps[i];
      return { ...r, gap: gap === undefined ? undefined : { met: gap.met, stillNeeded: gap.stillNeeded } };
    });
    out.print(
      JSON.stringify({ period: loaded.period, by: options.by, target: options.target, units }, null, 2),
    );
    return 0;
  }
  const n = (x: number) => formatNumber(x, language);
  const p = (r: { numerator: number; denominator: number }) => formatPercent(ratePercent(r), language);
  out.print(
    vi ? `Tỷ lệ kỳ ${loaded.period}, theo ${options.by}` : `Rates for ${loaded.period}, by ${options.by}`,
  );
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: vi ? 'Đơn vị' : 'Unit', maxWidth: 22 },
        { heading: vi ? 'Đối tượng' : 'Beneficiaries', maxWidth: 10 },
        { heading: vi ? 'Có tài khoản' : 'Account holders', maxWidth: 12 },
        { heading: vi ? 'Tỷ lệ có TK' : 'Account rate', maxWidth: 10 },
        { heading: vi ? 'Chi qua TK' : 'Paid via account', maxWidth: 10 },
        { heading: vi ? 'Tỷ lệ chi qua TK' : 'Paid rate', maxWidth: 10 },
        { heading: vi ? 'Theo số tiền' : 'By value', maxWidth: 10 },
        ...(options.target === undefined
          ? []
          : [
              {
                heading: vi ? `Còn thiếu để đạt ${options.target}%` : `Still needed for ${options.target}%`,
                maxWidth: 12,
              },
            ]),
      ],
      rows.map((r, i) => [
        unitName(r.unitCode, loaded.units, language),
        n(r.accountRate.denominator),
        n(r.accountRate.numerator),
        p(r.accountRate),
        n(r.paidThroughAccountRate.numerator),
        p(r.paidThroughAccountRate),
        p(r.paidThroughAccountValueShare),
        ...(options.target === undefined ? [] : [n(gaps[i]?.stillNeeded ?? 0)]),
      ]),
      out.columns,
    ),
  );
  out.print('');
  out.print(
    vi
      ? 'Mẫu số: mọi người hưởng trợ cấp hàng tháng của kỳ; làm tròn nửa lên, 2 chữ số thập phân; “theo số tiền” = số tiền chi qua tài khoản ÷ tổng số tiền chi.'
      : 'Denominator: everyone on a monthly allowance in the period; round half up, 2 decimals; “by value” = dong paid into accounts ÷ dong paid.',
  );
  return 0;
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
  const vi = language === 'vi';
  const lists = residualLists(loaded.register, loaded.payments, loaded.period, { reveal: options.reveal });
  if (options.json) {
    out.print(JSON.stringify(lists, null, 2));
    return 0;
  }
  const channel = {
    account: ['tài khoản', 'account'],
    cash: ['tiền mặt', 'cash'],
    cash_at_home: ['tại nhà', 'at home'],
  } as const;
  const flags = (e: (typeof lists.notPaidThroughAccount)[number]) =>
    [
      e.outreach.aged80Plus ? (vi ? '80+' : '80+') : '',
      e.outreach.severeDisability ? (vi ? 'khuyết tật nặng' : 'severe disability') : '',
      e.outreach.cannotTravel ? (vi ? 'không đi lại được' : 'cannot travel') : '',
      e.authorisedReceiver ? (vi ? 'có ủy quyền' : 'authorised receiver') : '',
    ]
      .filter((f) => f !== '')
      .join(', ');
  out.print(
    vi
      ? `Kỳ ${loaded.period}: ${lists.withoutAccount.length} người chưa có tài khoản; ${lists.notPaidThroughAccount.length} người không được chi trả qua tài khoản.`
      : `${loaded.period}: ${lists.withoutAccount.length} without an account; ${lists.notPaidThroughAccount.length} not paid through an account.`,
  );
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: vi ? 'Xã' : 'Commune', maxWidth: 20 },
        { heading: vi ? 'Thôn' : 'Village', maxWidth: 10 },
        { heading: vi ? 'Họ tên' : 'Name', maxWidth: 22 },
        { heading: 'CCCD', maxWidth: 14 },
        { heading: vi ? 'Tài khoản' : 'Account', maxWidth: 8 },
        { heading: vi ? 'Đã chi bằng' : 'Paid by', maxWidth: 10 },
        { heading: vi ? 'Lưu ý khi đến nhà' : 'Outreach', maxWidth: 36 },
      ],
      lists.notPaidThroughAccount.map((e) => [
        unitName(e.communeCode, loaded.units, language),
        e.village,
        e.fullName,
        e.nationalId,
        e.hasAccount ? (vi ? 'có' : 'yes') : vi ? 'chưa' : 'no',
        e.channel === undefined ? '—' : channel[e.channel][vi ? 0 : 1],
        flags(e),
      ]),
      out.columns,
    ),
  );
  if (!options.reveal) {
    out.print('');
    out.print(
      vi
        ? 'Họ tên và số CCCD đã được che (Nghị định 13/2023/NĐ-CP); dùng --reveal nếu được phép xem.'
        : 'Names and CCCD numbers are masked (Decree 13/2023/NĐ-CP); use --reveal where you are allowed to see them.',
    );
  }
  return 0;
}
