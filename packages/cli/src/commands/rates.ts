import {
  type AdminUnit,
  type CoverageLevel,
  coverageRates,
  formatLocality,
  formatNumber,
  formatPercent,
  gapToTarget,
  type Language,
  type PaymentRow,
  type RegisterRow,
  ratePercent,
  residualLists,
} from '@ansinh/core';
import { loadUnits } from '../load-dataset.js';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { renderTextTable } from '../render/text-table.js';

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
    if (result.rejected.length > 0) {
      out.error(
        vi
          ? `Cảnh báo: ${file}: ${result.rejected.length} dòng bị loại, không tính (xem ansinh validate ${file}).`
          : `Warning: ${file}: ${result.rejected.length} rows rejected and left out (see ansinh validate ${file}).`,
      );
    }
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
  options: RegisterCommandOptions & { readonly by: CoverageLevel; readonly target: string | undefined },
  out: Output,
): Promise<number> {
  const loaded = await loadAll(options, out);
  if (loaded === undefined) return 2;
  const { language } = options;
  const vi = language === 'vi';
  const rows = coverageRates(loaded.register, loaded.payments, loaded.period, {
    by: options.by,
    units: loaded.units,
  });
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
