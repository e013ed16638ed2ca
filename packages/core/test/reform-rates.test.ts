import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverageRates,
  createUnitMap,
  type PaymentRow,
  type RegisterRow,
  readUnitsTable,
  reformCounts,
  reformRates,
  registerRowSchema,
} from '../src/index.js';
import { repositoryRoot } from './fixtures.js';

const units = readUnitsTable(
  readFileSync(join(repositoryRoot, 'datasets/admin-units/vietnam-units.csv'), 'utf8'),
);

// Gia Lâm district, Hà Nội, before the reform. Dương Xá (00571) went whole to xã Gia Lâm (00565); Cổ Bi
// (00553) was split among phường Phúc Lợi (00136), xã Phù Đổng (00541) and xã Gia Lâm (00565); Đặng Xá
// (00556) was split by land among Phù Đổng and Thuận An (00562), all its people to Thuận An.
const person = (id: string, communeCode: string, village: string, account: boolean): RegisterRow =>
  registerRowSchema.parse({
    id,
    fullName: 'Người Tổng Hợp',
    birthYear: 1950,
    communeCode,
    village,
    since: '2024-01-01',
    ...(account
      ? { bank: 'Agribank', accountNumber: `10000${id.replace(/\D/gu, '')}`, accountOpenedOn: '2024-01-01' }
      : {}),
    severeDisability: false,
    cannotTravel: false,
  });
const paid = (id: string, channel: 'account' | 'cash'): PaymentRow => ({
  beneficiaryId: id,
  period: '2025-01',
  channel,
  status: 'paid',
  amountVnd: 500_000,
  receivedBy: 'beneficiary',
});

// Dương Xá: 4 people, 3 with an account, 2 paid through it. Cổ Bi: 5 people, 4 with an account, 3 paid
// through it (two in Thôn 1, three in Thôn 2). Đặng Xá: 2 people, both with accounts, 1 paid through one.
const register = [
  person('KS1', '00571', 'Thôn A', true),
  person('KS2', '00571', 'Thôn A', true),
  person('KS3', '00571', 'Thôn B', true),
  person('KS4', '00571', 'Thôn B', false),
  person('CB1', '00553', 'Thôn 1', true),
  person('CB2', '00553', 'Thôn 1', true),
  person('CB3', '00553', 'Thôn 2', true),
  person('CB4', '00553', 'Thôn 2', true),
  person('CB5', '00553', 'Thôn 2', false),
  person('DX1', '00556', 'Xóm 1', true),
  person('DX2', '00556', 'Xóm 1', true),
];
const payments = [
  paid('KS1', 'account'),
  paid('KS2', 'account'),
  paid('KS4', 'cash'),
  paid('CB1', 'account'),
  paid('CB3', 'account'),
  paid('CB4', 'account'),
  paid('CB5', 'cash'),
  paid('DX1', 'account'),
];

describe('rates of a province on its 2025 communes', () => {
  const unitMap = createUnitMap(units, '2025-01-31');
  const rows = coverageRates(register, payments, '2025-01', { by: 'commune-2025', unitMap });
  const { rates, unplaced } = reformRates(rows, unitMap);
  const of = (code: string) => rates.find((r) => r.unitCode === code);

  it('places whole communes and the people the source sends whole, and leaves the split commune unplaced', () => {
    expect(unplaced).toEqual([
      {
        oldCode: '00553',
        candidates: ['00136', '00541', '00565'],
        onRegister: 5,
        withAccount: 4,
        paidThroughAccount: 3,
      },
    ]);
    // Đặng Xá's people are Thuận An's, none of them left to place.
    expect(of('00562')?.placed.paidThroughAccountRate).toEqual({ numerator: 1, denominator: 2 });
    expect(of('00562')?.mayInclude).toEqual([]);
    expect(of('00562')?.paidThroughAccountRate.low).toEqual({ numerator: 1, denominator: 2 });
    expect(of('00562')?.paidThroughAccountRate.high).toEqual({ numerator: 1, denominator: 2 });
  });

  it('bounds the rate of each commune a split commune went to, over every way its people could be shared', () => {
    // xã Gia Lâm: Dương Xá placed (2 of 4 paid through an account) and up to 5 of Cổ Bi (3 of them paid).
    const giaLam = of('00565');
    expect(giaLam?.mayInclude).toEqual(['00553']);
    expect(giaLam?.paidThroughAccountRate).toEqual({
      noneIn: { numerator: 2, denominator: 4 },
      allIn: { numerator: 5, denominator: 9 },
      low: { numerator: 2, denominator: 6 },
      high: { numerator: 5, denominator: 7 },
    });
    expect(giaLam?.accountRate.high).toEqual({ numerator: 7, denominator: 8 });
    // Phúc Lợi holds no placed person of these: its rate is only what Cổ Bi may bring.
    expect(of('00136')?.paidThroughAccountRate).toEqual({
      noneIn: { numerator: 0, denominator: 0 },
      allIn: { numerator: 3, denominator: 5 },
      low: { numerator: 0, denominator: 2 },
      high: { numerator: 3, denominator: 3 },
    });
  });

  it('places the people of a split commune by their village when a village map is given, and reports villages it cannot use', () => {
    const villages = new Map([
      [
        '00553',
        new Map([
          ['thon 1', '00136'],
          ['Thôn 2', '00565'],
        ]),
      ],
      ['00571', new Map([['Thôn A', '00565']])],
    ]);
    const mapped = createUnitMap(units, '2025-01-31', { villages });
    expect(mapped.villageProblems).toEqual([{ oldCode: '00571', village: 'Thôn A', newCode: '00565' }]);
    const placed = reformRates(
      coverageRates(register, payments, '2025-01', { by: 'commune-2025', unitMap: mapped }),
      mapped,
    );
    expect(placed.unplaced).toEqual([]);
    expect(placed.rates.find((r) => r.unitCode === '00136')?.placed.paidThroughAccountRate).toEqual({
      numerator: 1,
      denominator: 2,
    });
    expect(placed.rates.find((r) => r.unitCode === '00565')?.paidThroughAccountRate.low).toEqual({
      numerator: 4,
      denominator: 7,
    });
  });

  it('rolls every commune up to its 2025 province', () => {
    const provinces = coverageRates(register, payments, '2025-01', { by: 'province-2025', unitMap });
    expect(provinces.map((r) => [r.unitCode, r.paidThroughAccountRate])).toEqual([
      ['01', { numerator: 6, denominator: 11 }],
    ]);
  });
});

describe('figures published for the old communes, on the 2025 communes', () => {
  it('adds whole communes up and bounds the communes a split one may have gone to', () => {
    const unitMap = createUnitMap(units, '2024-12-31');
    // Counts as a report of 2024 might give them: Dương Xá 90 of 100, Đặng Xá 45 of 50 (all its people
    // to Thuận An), Cổ Bi 30 of 40 (split among Phúc Lợi, Phù Đổng and Gia Lâm).
    const rows = reformCounts(
      [
        { oldCode: '00571', rate: { numerator: 90, denominator: 100 } },
        { oldCode: '00556', rate: { numerator: 45, denominator: 50 } },
        { oldCode: '00553', rate: { numerator: 30, denominator: 40 } },
      ],
      unitMap,
    );
    expect(rows.map((r) => r.unitCode)).toEqual(['00136', '00541', '00562', '00565']);
    const giaLam = rows.find((r) => r.unitCode === '00565');
    expect(giaLam?.placed).toEqual({ numerator: 90, denominator: 100 });
    expect(giaLam?.mayInclude).toEqual(['00553']);
    expect(giaLam?.bounds.low).toEqual({ numerator: 90, denominator: 110 });
    expect(giaLam?.bounds.high).toEqual({ numerator: 120, denominator: 130 });
    expect(rows.find((r) => r.unitCode === '00562')?.bounds.allIn).toEqual({
      numerator: 45,
      denominator: 50,
    });
  });
});
