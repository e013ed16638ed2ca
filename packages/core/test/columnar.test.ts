import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  beneficiaryIdAt,
  beneficiaryIdsAt,
  checkNationalId,
  columnarCoverage,
  columnarCoverageRates,
  columnarResidual,
  columnarRule,
  columnarSeries,
  compileRule,
  coverageRates,
  coverageRules,
  createColumnarBuilder,
  createRegisterColumns,
  createUnitIndex,
  dayNumber,
  InvalidArgumentError,
  monthsBetween,
  noDay,
  type PaymentRow,
  packedIdsOf,
  paidColumns,
  type RegisterRow,
  readUnitsTable,
  registerColumnsReads,
  registerRowSchema,
  residualLists,
  synthesizeColumnar,
  synthesizeDistrict,
  syntheticPaymentRow,
  syntheticRegisterRow,
  syntheticScales,
  toColumnar,
  unpackKeys,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { units } from './fixtures.js';

const small = synthesizeColumnar({ beneficiaries: 5_000, communes: 40, seed: 9 });

describe('synthesizeColumnar({ beneficiaries, communes, seed })', () => {
  it('holds the register in typed arrays, deterministic for a seed', () => {
    expect(small.commune).toBeInstanceOf(Uint16Array);
    expect(small.channel).toHaveLength(12);
    expect(synthesizeColumnar({ beneficiaries: 5_000, communes: 40, seed: 9 }).amountVnd).toEqual(
      small.amountVnd,
    );
    expect(small.communes[0]).toBe('90000');
    expect(new Set(small.communeProvince).size).toBe(40);
  });

  it('places the people in real communes counted in their real provinces when given units', () => {
    const national = readUnitsTable(
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), '../../../datasets/admin-units/vietnam-units.csv'),
        'utf8',
      ),
    );
    // The first 527 communes in force on 1 July 2024, in code order, each in the province the units give.
    const real = synthesizeColumnar({ beneficiaries: 2_000, communes: 527, seed: 9, units: national });
    const index = createUnitIndex(national);
    expect(real.communes.slice(0, 2)).toEqual(['00001', '00004']);
    real.communes.forEach((code, i) => {
      const [unit] = index.byCode(code, '2024-07-01');
      expect(unit?.level).toBe('commune');
      expect(real.communeProvince[i]).toBe(index.parentsOf(unit as NonNullable<typeof unit>).at(-1)?.code);
    });
    expect(new Set(real.communeProvince).size).toBeGreaterThan(1);
    expect(real.synthetic).toBe(true);
    // The Tiền Hải set has 28 communes in force in July 2024: asking for more is refused.
    expect(() => synthesizeColumnar({ beneficiaries: 10, communes: 29, units })).toThrow(
      InvalidArgumentError,
    );
    expect(synthesizeColumnar({ beneficiaries: 10, communes: 28, units }).communeProvince[0]).toBe('34');
  });

  it('gives, as rows written out by syntheticRegisterRow, exactly the rates coverageRates gives (random data)', () => {
    const register = Array.from({ length: small.size }, (_, i) => syntheticRegisterRow(small, i));
    const payments = small.months.flatMap((_, m) =>
      Array.from({ length: small.size }, (_, i) => syntheticPaymentRow(small, m, i)).filter(
        (p): p is PaymentRow => p !== undefined,
      ),
    );
    expect(register.every((row) => registerRowSchema.safeParse(row).success)).toBe(true);
    expect(register.every((row) => checkNationalId(row.nationalId ?? '', row).length === 0)).toBe(true);
    for (const month of small.months) {
      expect(columnarCoverageRates(small, month), month).toEqual(coverageRates(register, payments, month));
    }
  });

  it('reports progress up to the total, and refuses impossible sizes', () => {
    let last = 0;
    synthesizeColumnar({
      beneficiaries: 1_000,
      communes: 5,
      onProgress: (done, total) => {
        expect(done).toBeLessThanOrEqual(total);
        last = done / total;
      },
    });
    expect(last).toBe(1);
    expect(() => synthesizeColumnar({ beneficiaries: 0, communes: 5 })).toThrow(/synthesizeColumnar/);
    expect(() => columnarCoverage(small, '2030-01')).toThrow(/columnarCoverage/);
  });

  it('names the national scale of the design: 4,6 million in 10 000 communes', () => {
    expect(syntheticScales.national).toEqual({ beneficiaries: 4_600_000, communes: 10_000 });
  });
});

const district = synthesizeDistrict(units, { seed: 2025 });
// The communes of 2024-07 … 2025-06: a code can be reused by a 2025 commune (xã Tiền Hải took 12970).
const communeUnits = new Map(
  units
    .filter((u) => u.level === 'commune' && (u.validFrom === null || u.validFrom <= '2025-06-30'))
    .map((u) => [u.code, u]),
);
const provinceOf = (code: string) => {
  const districtCode = communeUnits.get(code)?.parentCode ?? code;
  return units.find((u) => u.code === districtCode && u.level === 'district')?.parentCode ?? districtCode;
};
const columns = toColumnar(district.register, district.payments, '2024-07', '2025-06', {
  provinceOf,
});

describe('toColumnar(register, payments, from, to, { provinceOf })', () => {
  it('gives columnarCoverageRates exactly what coverageRates gives on the calibrated district, every month', () => {
    expect(columns.synthetic).toBe(false);
    for (const month of columns.months) {
      expect(columnarCoverageRates(columns, month), month).toEqual(
        coverageRates(district.register, district.payments, month),
      );
      expect(columnarCoverageRates(columns, month, { by: 'province' }), month).toEqual(
        coverageRates(district.register, district.payments, month, { by: 'province', units }),
      );
    }
  });

  it("round trip: gives back from columns the article's 17.328 of 17.475 the district was generated to", () => {
    const [province] = columnarCoverageRates(columns, '2025-01', { by: 'province' });
    expect(province?.paidThroughAccountRate).toEqual({ numerator: 17_328, denominator: 17_475 });
    expect(province?.accountRate).toEqual({ numerator: 17_472, denominator: 17_475 });
  });

  it('gives columnarSeries every month of the register, month after month', () => {
    const series = columnarSeries(columns, { by: 'province' });
    expect(series.map((r) => r.period)).toEqual(columns.months);
  });
});

describe('columnarResidual(register, month)', () => {
  it('lists the same people as residualLists on the rows, grouped by commune', () => {
    for (const month of ['2024-07', '2025-01', '2025-06']) {
      const rows = residualLists(district.register, district.payments, month);
      const listed = columnarResidual(columns, month);
      const ids = (indices: Uint32Array) => Array.from(indices, (i) => beneficiaryIdAt(columns, i));
      expect(ids(listed.withoutAccount).sort(), month).toEqual(rows.withoutAccount.map((e) => e.id).sort());
      expect(ids(listed.notPaidThroughAccount).sort(), month).toEqual(
        rows.notPaidThroughAccount.map((e) => e.id).sort(),
      );
      const communesInOrder = Array.from(listed.notPaidThroughAccount, (i) => columns.commune[i] ?? 0);
      expect(communesInOrder).toEqual([...communesInOrder].sort((a, b) => a - b));
    }
    expect(columnarResidual(columns, '2025-01').notPaidThroughAccount).toHaveLength(147);
  });
});

describe('createColumnarBuilder({ from, to })', () => {
  it('builds the same columns from batches as from one piece, and accounts for every payment', () => {
    const builder = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
    for (let start = 0; start < district.register.length; start += 1_000) {
      builder.addRegister(district.register.slice(start, start + 1_000));
    }
    const stray: PaymentRow[] = [
      { ...(district.payments[0] as PaymentRow), beneficiaryId: 'NOT-ON-REGISTER' },
      { ...(district.payments[0] as PaymentRow), period: '2023-01' },
      { ...(district.payments[0] as PaymentRow), status: 'failed' },
      district.payments[0] as PaymentRow,
    ];
    const tally = builder.addPayments([...district.payments, ...stray]);
    expect(tally).toEqual({
      rows: district.payments.length + 4,
      stored: district.payments.filter((p) => p.status === 'paid').length,
      notPaid: district.payments.filter((p) => p.status !== 'paid').length + 1,
      outsideMonths: 1,
      unmatched: 1,
      duplicate: 1,
    });
    const built = builder.finish();
    expect(built.channel).toEqual(columns.channel);
    expect(built.commune).toEqual(columns.commune);
    expect(() => builder.finish()).toThrow(/ColumnarBuilder.finish/);
  });

  it('builds the same columns with a size hint (reserve), larger or smaller than the register', () => {
    // A hint a little high leaves columns handed on as views of the builder's own; far too high, copies.
    const people = district.register.length;
    for (const hint of [10, people, people + 3, Math.ceil(people * 1.5), 1_000_000]) {
      const builder = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
      builder.reserve(hint);
      builder.addRegister(district.register);
      builder.addPayments(district.payments);
      expect(builder.finish()).toEqual(columns);
    }
  });

  it("keeps the people's codes packed: ids, beneficiaryIdAt and packedIdsOf give the rows' codes", () => {
    const rows = district.register.slice(0, 40).map((row, i) => ({
      ...row,
      // Vietnamese codes, and a code listed twice (its payments go to its first row).
      id: i % 5 === 0 ? `ĐT-Tây Lương-${i}` : i === 39 ? (district.register[1]?.id ?? '') : row.id,
    }));
    const builder = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
    builder.addRegister(rows.slice(0, 25));
    const columns = createRegisterColumns();
    for (const row of rows.slice(25)) columns.add(row);
    builder.addRegisterColumns(columns.done(), new Set([3]));
    const kept = [...rows.slice(0, 25), ...rows.slice(25).filter((_, k) => k !== 3)].map((r) => r.id);
    const built = builder.finish();
    expect(Array.from({ length: built.size }, (_, i) => beneficiaryIdAt(built, i))).toEqual(kept);
    const packed = packedIdsOf(built);
    expect(packed === undefined ? [] : unpackKeys(packed)).toEqual(kept);
    expect(built.ids).toEqual(kept);
    expect(beneficiaryIdAt(built, built.size)).toBe(`SYN-${String(built.size + 1).padStart(8, '0')}`);
    expect(packedIdsOf({ ids: kept })).toBeUndefined();
    // Several rows at once, as each one gives them: in the order asked, a row past the end included.
    const some = [built.size - 1, 0, 4, 4, 1];
    expect(beneficiaryIdsAt(built, Uint32Array.from(some))).toEqual(some.map((i) => kept[i]));
    expect(beneficiaryIdsAt(built, [2, built.size])).toEqual([kept[2], beneficiaryIdAt(built, built.size)]);
    expect(beneficiaryIdsAt({ ids: kept }, [3, 0])).toEqual([kept[3], kept[0]]);
    expect(beneficiaryIdsAt({ ids: undefined }, [1])).toEqual(['SYN-00000002']);
  });

  it('adds people in columns, some left out, as addRegister adds the rows kept (every column, communes in order)', () => {
    const rows = district.register.slice(0, 60).map((row, i) =>
      // A commune only a dropped row holds (the eighth of the columns) stays out of the dictionary.
      i === 17 ? { ...row, communeCode: '99999' } : row,
    );
    // Indexes of the 50 people in columns: none, the first, the last, three in a row, the one with a commune
    // of its own, several runs, indexes outside the columns, and all.
    const cases: number[][] = [
      [],
      [0],
      [49],
      [0, 1, 2],
      [7],
      [7, 8, 30, 31, 49],
      [-1, 50, 60, 5],
      rows.slice(10).map((_, k) => k),
    ];
    for (const dropped of cases) {
      const drop = new Set(dropped);
      const viaRows = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
      viaRows.addRegister(rows.slice(0, 10));
      viaRows.addRegister(rows.slice(10).filter((_, k) => !drop.has(k)));
      const viaColumns = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
      viaColumns.addRegister(rows.slice(0, 10));
      const columns = createRegisterColumns();
      for (const row of rows.slice(10)) columns.add(row);
      viaColumns.addRegisterColumns(columns.done(), drop.size === 0 ? undefined : drop);
      const built = viaColumns.finish();
      expect(built).toEqual(viaRows.finish());
      expect(built.communes.includes('99999')).toBe(!drop.has(7));
    }
  });

  it('reads of a row only the fields it says it reads (registerColumnsReads), whatever the row holds', () => {
    const read = new Set<string | symbol>();
    const columns = createRegisterColumns();
    const rows = district.register.slice(0, 200) as RegisterRow[];
    // Rows with every optional field given and none: each branch of `add` taken.
    const varied = rows.map((row, i) =>
      i % 3 === 0
        ? { ...row, until: '2025-01-31', accountOpenedOn: '2015-03-12', monthlyAmountVnd: 750_000 }
        : i % 3 === 1
          ? {
              id: row.id,
              fullName: row.fullName,
              birthYear: row.birthYear,
              communeCode: row.communeCode,
              since: row.since,
            }
          : row,
    );
    for (const row of varied)
      columns.add(
        new Proxy(row as RegisterRow, {
          get(target, key, receiver) {
            read.add(key);
            return Reflect.get(target, key, receiver);
          },
        }),
      );
    expect(columns.done().size).toBe(varied.length);
    expect([...read].filter((key) => !registerColumnsReads.has(key as keyof RegisterRow))).toEqual([]);
    // What it says it reads, it reads: a field left out of the list would be one a reader leaves unmade.
    expect([...registerColumnsReads].filter((key) => !read.has(key))).toEqual([]);
  });

  it('refuses a batch of rows whose code has a lone surrogate, before any row of it, naming the code', () => {
    const builder = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
    const [first, second] = district.register as [RegisterRow, RegisterRow];
    builder.addRegister([first]);
    expect(() => builder.addRegister([second, { ...second, id: 'DT-\ud800' }])).toThrow(InvalidArgumentError);
    expect(() => createRegisterColumns().add({ ...second, id: '\udfff' })).toThrow(/lone surrogate/u);
    expect(builder.finish().ids).toEqual([first.id]);
  });

  it('stores payments sent in columns with packed keys (addPaid) as it stores the rows (addPayments)', () => {
    const monthIndex = new Map(monthsBetween('2024-07', '2025-06').map((m, i) => [m, i]));
    const byRows = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
    const byColumns = createColumnarBuilder({ from: '2024-07', to: '2025-06', provinceOf });
    byRows.addRegister(district.register);
    byColumns.addRegister(district.register);
    const stray: PaymentRow[] = [
      { ...(district.payments[0] as PaymentRow), beneficiaryId: 'KHÔNG-CÓ-1' },
      { ...(district.payments[0] as PaymentRow), beneficiaryId: 'KHÔNG-CÓ-1' },
      { ...(district.payments[0] as PaymentRow), beneficiaryId: 'NOT-ON-REGISTER' },
      { ...(district.payments[1] as PaymentRow), channel: 'cash', receivedBy: 'authorised_receiver' },
      // More dong than a 32-bit column holds: both ways count what the column holds.
      { ...(district.payments[0] as PaymentRow), beneficiaryId: 'NOT-ON-REGISTER', amountVnd: 5_000_000_000 },
      { ...(district.payments[2] as PaymentRow), amountVnd: 5_000_000_000 },
    ];
    const rows = [...district.payments, ...stray];
    const tally = byRows.addPayments(rows);
    const paid = paidColumns(rows, monthIndex);
    expect({
      rows: rows.length,
      notPaid: paid.notPaid,
      outsideMonths: paid.outsideMonths,
      ...byColumns.addPaid(paid.ids, paid.month, paid.cell, paid.vnd),
    }).toEqual(tally);
    expect(tally.unmatched).toBe(4);
    const month = district.payments[0]?.period ?? '';
    expect(byColumns.unknownKeys(month)).toEqual(byRows.unknownKeys(month));
    expect(byColumns.unknownKeys(month).people).toBe(2);
    const [a, b] = [byRows.finish(), byColumns.finish()];
    expect(b.channel).toEqual(a.channel);
    expect(b.paidVnd).toEqual(a.paidVnd);
  });
});

describe('columnarRule(rule)', () => {
  it('compiles the register rules for day columns and agrees with compileRule on every day around a month end', () => {
    const params = { period: '2025-01', monthEnd: '2025-01-31' };
    const end = dayNumber('2025-01-31');
    const days = ['2025-01-30', '2025-01-31', '2025-02-01', undefined];
    for (const rule of [coverageRules.onRegister, coverageRules.holdsAccount]) {
      const rows = compileRule(rule);
      const columns = columnarRule(rule);
      for (const since of days.slice(0, 3))
        for (const until of days)
          for (const accountOpenedOn of days) {
            const day = (d: string | undefined) => new Int32Array([d === undefined ? noDay : dayNumber(d)]);
            expect(columns(day(since), day(until), day(accountOpenedOn), 0, end)).toBe(
              rows({ since, until, accountOpenedOn }, params),
            );
          }
    }
  });

  it('refuses a rule about payment lines, which the columns hold as cells', () => {
    expect(() => columnarRule(coverageRules.throughAccount)).toThrow(InvalidArgumentError);
  });
});

describe('dayNumber(date)', () => {
  it('gives the day Date.parse gives for every day from 1600 to 2400, and for dates that are not days', () => {
    // Independent of the arithmetic: JavaScript's own calendar, day by day.
    for (let ms = Date.UTC(1600, 0, 1); ms <= Date.UTC(2400, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      if (dayNumber(iso) !== ms / 86_400_000) expect(dayNumber(iso)).toBe(ms / 86_400_000);
    }
    for (const date of [
      '2025-02-29',
      '2024-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      'abcd-ef-gh',
    ])
      expect(dayNumber(date)).toEqual(Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000));
    expect(dayNumber('2024-02-29')).toBe(19_782);
  });
});
