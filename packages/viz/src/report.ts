import {
  type AdminUnit,
  type Bilingual,
  coverageRates,
  type FigureCheck,
  formatNumber,
  formatPercent,
  type Language,
  type PaymentRow,
  projectTargetDate,
  type RegisterRow,
  ratePercent,
  residualLists,
  verdictLabels,
} from '@ansinh/core';
import { funnelChart, progressionChart, publishedVsRecomputedChart, rateByUnitChart } from './charts.js';
import { renderSvg } from './render-svg.js';

/** What a report covers. */
export interface ReportInput {
  readonly register: readonly RegisterRow[];
  readonly payments: readonly PaymentRow[];
  readonly period: string;
  readonly units: readonly AdminUnit[];
  /** Published figures checked, shown against their recomputation when given. */
  readonly checks?: readonly FigureCheck[];
  /** A notice shown at the top (for example that the data are synthetic). */
  readonly notice?: string;
  readonly language?: Language;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const words = {
  title: {
    vi: 'Báo cáo chi trả an sinh xã hội không dùng tiền mặt',
    en: 'Cashless social-allowance payment report',
  },
  period: { vi: 'Kỳ', en: 'Period' },
  funnel: {
    vi: 'Từ người hưởng đến chi trả qua tài khoản',
    en: 'From beneficiaries to payment through accounts',
  },
  byUnit: { vi: 'Tỷ lệ chi trả qua tài khoản theo xã', en: 'Paid-through-account rate by commune' },
  progression: { vi: 'Tỷ lệ có tài khoản theo tháng', en: 'Account rate by month' },
  published: { vi: 'Số liệu đã công bố và tính lại', en: 'Published figures, recomputed' },
  table: { vi: 'Bảng theo xã', en: 'Table by commune' },
  commune: { vi: 'Xã', en: 'Commune' },
  beneficiaries: { vi: 'Đối tượng', en: 'Beneficiaries' },
  accountRate: { vi: 'Có tài khoản', en: 'Account rate' },
  paidRate: { vi: 'Chi qua tài khoản', en: 'Paid through an account' },
  footer: {
    vi: 'Tạo bởi ansinh. Tỷ lệ là tổng số đếm chia tổng số đếm; mẫu số là mọi người hưởng trợ cấp hàng tháng của kỳ; làm tròn nửa lên. Báo cáo không tải gì từ mạng.',
    en: 'Made by ansinh. Rates are sums of counts over sums of counts; the denominator is everyone on a monthly allowance in the period; rounded half up. The report loads nothing from the network.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

function residualText(language: Language, withoutAccount: number, notPaid: number): string {
  const text: Bilingual = {
    vi: `${withoutAccount} người chưa có tài khoản; ${notPaid} người không được chi trả qua tài khoản (danh sách chi tiết: ansinh residual, đã che thông tin cá nhân).`,
    en: `${withoutAccount} without an account; ${notPaid} not paid through an account (the list itself: ansinh residual, masked).`,
  };
  return text[language];
}

function monthsUpTo(period: string, payments: readonly PaymentRow[]): string[] {
  return [...new Set(payments.map((p) => p.period))]
    .filter((m) => m <= period)
    .sort()
    .slice(-7);
}

/**
 * A self-contained offline HTML report for a register and period: the funnel, the rate by commune against
 * 100%, the monthly progression with its projection, published figures against their recomputation when
 * given, and a table by commune. Charts are embedded as SVG rendered in Node, so the page needs no script
 * and makes no network request. Vietnamese or English.
 */
export async function buildReport(input: ReportInput): Promise<string> {
  const language = input.language ?? 'vi';
  const t = (key: keyof typeof words): string => words[key][language];
  const nameOf = (code: string) =>
    input.units.find((u) => u.code === code && u.level !== 'province')?.name ?? code;
  const [whole] = coverageRates(input.register, input.payments, input.period, {
    by: 'district',
    units: input.units,
  });
  const communes = coverageRates(input.register, input.payments, input.period, { units: input.units });
  const months = monthsUpTo(input.period, input.payments);
  const series = months.map((period) => ({
    period,
    rate: coverageRates(input.register, input.payments, period, { by: 'district', units: input.units })[0]
      ?.accountRate ?? {
      numerator: 0,
      denominator: 0,
    },
  }));
  const residual = residualLists(input.register, input.payments, input.period);
  const charts: { id: string; title: string; svg: string }[] = [];
  if (whole !== undefined) {
    charts.push({
      id: 'funnel',
      title: t('funnel'),
      svg: await renderSvg(
        funnelChart(
          {
            beneficiaries: whole.accountRate.denominator,
            accountHolders: whole.accountRate.numerator,
            paidThroughAccount: whole.paidThroughAccountRate.numerator,
          },
          { language },
        ),
      ),
    });
  }
  charts.push({
    id: 'by-commune',
    title: t('byUnit'),
    svg: await renderSvg(
      rateByUnitChart(
        communes.map((c) => ({ name: nameOf(c.unitCode), rate: c.paidThroughAccountRate })),
        { target: '100', language },
      ),
    ),
  });
  if (series.length >= 2) {
    charts.push({
      id: 'progression',
      title: t('progression'),
      svg: await renderSvg(
        progressionChart(series, {
          target: '100',
          projected: projectTargetDate(series, '100').period,
          language,
        }),
      ),
    });
  }
  if (input.checks !== undefined && input.checks.length > 0) {
    charts.push({
      id: 'published',
      title: t('published'),
      svg: await renderSvg(publishedVsRecomputedChart(input.checks, { language })),
    });
  }
  const rows = communes
    .map(
      (c) =>
        `<tr><td>${escapeHtml(nameOf(c.unitCode))}</td><td>${formatNumber(c.accountRate.denominator, language)}</td><td>${formatPercent(ratePercent(c.accountRate), language)}</td><td>${formatPercent(ratePercent(c.paidThroughAccountRate), language)}</td></tr>`,
    )
    .join('\n');
  const verdicts =
    input.checks === undefined
      ? ''
      : `<ul>${input.checks
          .map(
            (c) =>
              `<li><strong>${escapeHtml(c.figure.id)}</strong>: ${escapeHtml(verdictLabels[c.verdict][language])}. ${escapeHtml(c.reason[language])}</li>`,
          )
          .join('\n')}</ul>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(t('title'))} · ${escapeHtml(input.period)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
.notice { background: #fff3cd; border: 1px solid #e9c46a; padding: .5rem 1rem; }
figure { margin: 1.5rem 0; } figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: right; }
td:first-child, th:first-child { text-align: left; }
footer { margin-top: 2rem; font-size: .85rem; color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(t('title'))}</h1>
<p>${escapeHtml(t('period'))}: ${escapeHtml(input.period)}</p>
${input.notice === undefined ? '' : `<p class="notice">${escapeHtml(input.notice)}</p>`}
<p>${escapeHtml(residualText(language, residual.withoutAccount.length, residual.notPaidThroughAccount.length))}</p>
${charts.map((c) => `<figure class="chart" id="${c.id}"><figcaption>${escapeHtml(c.title)}</figcaption>\n${c.svg}</figure>`).join('\n')}
${verdicts}
<h2>${escapeHtml(t('table'))}</h2>
<table><thead><tr><th>${escapeHtml(t('commune'))}</th><th>${escapeHtml(t('beneficiaries'))}</th><th>${escapeHtml(t('accountRate'))}</th><th>${escapeHtml(t('paidRate'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<footer>${escapeHtml(t('footer'))}</footer>
</body>
</html>
`;
}
