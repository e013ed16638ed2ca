import { dayNumber, monthsBetween } from '../calendar/months.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { type ColumnarRegister, columnarCategories, noDay } from './synthesize-columnar.js';

const channelCode = { account: 1, cash: 2, cash_at_home: 3 } as const;

/**
 * Moves a register and its payment lists from rows into columns (typed arrays, dictionary-encoded
 * communes), for the analyses at scale: `columnarCoverage` on the result counts exactly what
 * `coverageRates` counts on the rows (a test checks it on the calibrated district). Categories outside
 * `columnarCategories` keep the social-protection code; only paid payments set a month's channel.
 * O(rows + payments).
 *
 * @example toColumnar(district.register, district.payments, '2024-07', '2025-06').size === district.register.length; // => true
 */
export function toColumnar(
  register: readonly RegisterRow[],
  payments: readonly PaymentRow[],
  from: string,
  to: string,
): ColumnarRegister {
  const size = register.length;
  const communes = [...new Set(register.map((r) => r.communeCode))].sort();
  const communeIndex = new Map(communes.map((c, i) => [c, i]));
  const months = monthsBetween(from, to);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const rowIndex = new Map(register.map((r, i) => [r.id, i]));
  const columns = {
    commune: new Uint16Array(size),
    birthYear: new Uint16Array(size),
    female: new Uint8Array(size),
    category: new Uint8Array(size),
    amountVnd: new Uint32Array(size),
    sinceDay: new Int32Array(size),
    untilDay: new Int32Array(size),
    accountDay: new Int32Array(size),
  };
  register.forEach((row, i) => {
    columns.commune[i] = communeIndex.get(row.communeCode) ?? 0;
    columns.birthYear[i] = row.birthYear;
    columns.female[i] = row.sex === 'female' ? 1 : 0;
    const category = columnarCategories.indexOf(row.category);
    columns.category[i] = category >= 0 ? category : 2;
    columns.amountVnd[i] = row.monthlyAmountVnd;
    columns.sinceDay[i] = dayNumber(row.since);
    columns.untilDay[i] = row.until === undefined ? noDay : dayNumber(row.until);
    columns.accountDay[i] = row.accountOpenedOn === undefined ? noDay : dayNumber(row.accountOpenedOn);
  });
  const channel = months.map(() => new Uint8Array(size));
  for (const payment of payments) {
    if (payment.status !== 'paid') continue;
    const m = monthIndex.get(payment.period);
    const i = rowIndex.get(payment.beneficiaryId);
    const column = m === undefined ? undefined : channel[m];
    if (column !== undefined && i !== undefined) column[i] = channelCode[payment.channel];
  }
  return { synthetic: false, seed: 0, size, communes, ...columns, months, channel };
}
