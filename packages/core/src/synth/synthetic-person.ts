import {
  authorisedReceiverBit,
  beneficiaryIdAt,
  type ColumnarRegister,
  channelOf,
  columnarCategories,
  noDay,
} from '../columnar/columnar-register.js';
import type { BeneficiaryCategoryCode } from '../models/beneficiary-category.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { familyNames, givenNames, middleNames } from './name-parts.js';
import { createRandom } from './random.js';
import { uniqueSerial } from './unique-serial.js';

const banks = ['Agribank', 'VietinBank', 'BIDV', 'Vietcombank', 'LienVietPostBank'];
const entitlements: Partial<Record<BeneficiaryCategoryCode, string>> = {
  merit: 'war_invalid_21_percent',
  merit_relative: 'relative_of_one_martyr',
  social_protection: 'aged_80_plus_no_pension',
};
const channels = ['account', 'account', 'cash', 'cash_at_home'] as const;

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Row `i` of a generated columnar register as a full register row, with invented personal details drawn
 * from the seed and the row (the same every time): a name from `name-parts`, a CCCD whose digits fit the
 * birth year and sex (so it passes `checkNationalId`), a village, and a bank and account number for
 * account holders. Lets a national-size register be written in the format offices use and read back
 * through the whole validation. O(1).
 *
 * @example syntheticRegisterRow(synthesizeColumnar({ beneficiaries: 10, communes: 2, seed: 1 }), 0).id; // => 'SYN-00000001'
 */
export function syntheticRegisterRow(register: ColumnarRegister, i: number): RegisterRow {
  const random = createRandom((register.seed * 0x9e3779b1 + i) >>> 0);
  const sex = register.female[i] === 1 ? 'female' : 'male';
  const birthYear = register.birthYear[i] ?? 1950;
  const marker = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  // The province digits count millions of rows and the last six digits come from the row: no two people
  // share a CCCD below 96 million rows.
  random.int(1, 96);
  const province = String(1 + (Math.floor(i / 1_000_000) % 96)).padStart(3, '0');
  const category = columnarCategories[register.category[i] ?? 2] ?? 'social_protection';
  const since = register.sinceDay[i] ?? 0;
  const until = register.untilDay[i] ?? noDay;
  const opened = register.accountDay[i] ?? noDay;
  return {
    id: beneficiaryIdAt(register, i),
    fullName: `${random.pick(familyNames)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`,
    birthYear,
    sex,
    nationalId: `${province}${marker}${String(birthYear % 100).padStart(2, '0')}${uniqueSerial(i)}`,
    communeCode: register.communes[register.commune[i] ?? 0] ?? '',
    village: `Thôn ${random.int(1, 12)}`,
    category,
    entitlement: entitlements[category] ?? 'synthetic',
    monthlyAmountVnd: register.amountVnd[i] ?? 0,
    ...(opened === noDay
      ? {}
      : {
          bank: random.pick(banks),
          accountNumber: `${random.int(1000, 9999)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
          accountOpenedOn: isoOf(opened),
        }),
    since: isoOf(since),
    ...(until === noDay ? {} : { until: isoOf(until), stopReason: 'other' as const }),
    severeDisability: false,
    cannotTravel: false,
  };
}

/**
 * The payment of row `i` in month index `m` of a columnar register, as a payment-list row, or `undefined`
 * when nobody was paid. O(1).
 */
export function syntheticPaymentRow(
  register: ColumnarRegister,
  m: number,
  i: number,
): PaymentRow | undefined {
  const cell = register.channel[m]?.[i] ?? 0;
  const month = register.months[m];
  if (cell === 0 || month === undefined) return undefined;
  return {
    beneficiaryId: beneficiaryIdAt(register, i),
    period: month,
    channel: channels[channelOf(cell)] ?? 'cash',
    status: 'paid',
    amountVnd: register.paidVnd[m]?.[i] ?? 0,
    receivedBy: (cell & authorisedReceiverBit) !== 0 ? 'authorised_receiver' : 'beneficiary',
  };
}
