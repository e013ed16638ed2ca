import { describe, expect, it } from 'vitest';
import {
  type AdminUnit,
  createUnitIndex,
  InvalidArgumentError,
  readUnitsTable,
  writeUnitsTable,
} from '../src/index.js';

/**
 * A small country of its own: two old provinces merged into one, a district, three old communes of which
 * one was split by land only (all its people to one side) and one renamed, and a code reused.
 */
const table = `# a test table
code,level,type,name,parent,valid_from,valid_to,successors,people_to,note
10,province,tinh,Sông Xanh,,,2025-06-30,10,,
11,province,thanh_pho_tw,Bến Cảng,,,2025-06-30,10,,
101,district,huyen,Đông Hòa,10,,2025-06-30,,,
111,district,quan,Cảng Mới,11,,2025-06-30,,,
00001,commune,xa,Tân Lập,101,,2025-06-30,00001,,
00002,commune,thi_tran,Đông Hòa,101,,2025-06-30,00001 00003,00003,
00004,commune,phuong,Tân Lập,111,,2025-06-30,00003,,
10,province,tinh,Sông Xanh,,2025-07-01,,,,
00001,commune,xa,Đông Hòa,10,2025-07-01,,,,
00003,commune,phuong,Cảng Mới,10,2025-07-01,,,,the new ward
`;
const units = readUnitsTable(table);
const index = createUnitIndex(units);
const one = (list: readonly AdminUnit[]): AdminUnit => {
  expect(list).toHaveLength(1);
  return list[0] as AdminUnit;
};

describe('a units table', () => {
  it('reads into units and writes back to the same text', () => {
    expect(units).toHaveLength(10);
    expect(units[5]).toEqual({
      code: '00002',
      name: 'Đông Hòa',
      level: 'commune',
      type: 'thi_tran',
      parentCode: '101',
      validFrom: null,
      validTo: '2025-06-30',
      successorCodes: ['00001', '00003'],
      peopleSuccessorCode: '00003',
    });
    expect(writeUnitsTable(units, ['a test table'])).toBe(table);
  });

  it('names the line and the column of a line that is not a unit', () => {
    const bad = (text: string) => () => readUnitsTable(text);
    const header = table.split('\n')[1];
    expect(bad(`${header}\n01,county,tinh,X,,,,,,\n`)).toThrow(/line 2: level: "county"/u);
    expect(bad(`${header}\n01,province,state,X,,,,,,\n`)).toThrow(/line 2: type: "state"/u);
    expect(bad(`${header}\n01,province,tinh,X\n`)).toThrow(/line 2: expected 10 cells, found 4/u);
    expect(bad('code,name\n')).toThrow(InvalidArgumentError);
    expect(bad(`${header}\n01,province,tinh,X,,,2025/06/30,,,\n`)).toThrow(
      /line 2: valid_to: "2025\/06\/30" is not a day/u,
    );
    expect(bad(`${header}\n01,province,tinh,X,,,2025-02-30,,,\n`)).toThrow(/valid_to: "2025-02-30"/u);
    expect(bad(`${header}\n01,province,tinh,X,,2025-07-01,2025-06-30,,,\n`)).toThrow(
      /valid_from 2025-07-01 is after/u,
    );
    expect(bad(`${header}\n01,province,xa,X,,,,,,\n`)).toThrow(/type: "xa" is not a type of province/u);
    expect(bad(`${header}\nABC,province,tinh,X,,,,,,\n`)).toThrow(/code: "ABC"/u);
    expect(bad(`${header}\n00001,commune,xa,X,101,,2025-06-30,00002 00003,00009,\n`)).toThrow(
      /people_to: 00009/u,
    );
    expect(bad(`${header}\n01,province,tinh,X,,,,,,\n01,province,tinh,Y,,,,,,\n`)).toThrow(
      /line 3: code: 01 is already/u,
    );
    expect(() => writeUnitsTable([{ ...(units[0] as AdminUnit), name: 'Sông, Xanh' }])).toThrow(
      /holds a comma/u,
    );
  });
});

describe('lookups over units', () => {
  it('finds a unit by code at a date: a reused code is two units', () => {
    expect(index.byCode('00001').map((u) => u.name)).toEqual(['Tân Lập', 'Đông Hòa']);
    expect(one(index.byCode('00001', '2025-06-30')).name).toBe('Tân Lập');
    expect(one(index.byCode('00001', '2025-07-01')).name).toBe('Đông Hòa');
    expect(index.byCode('99999')).toEqual([]);
  });

  it('finds every unit of a name, with or without type word or diacritics, narrowed by a unit above', () => {
    expect(index.byName('Tân Lập').map((u) => u.code)).toEqual(['00001', '00004']);
    expect(index.byName('TAN LAP').map((u) => u.code)).toEqual(['00001', '00004']);
    expect(index.byName('Tân Lập'.normalize('NFD')).map((u) => u.code)).toEqual(['00001', '00004']);
    expect(index.byName('phường Tân Lập').map((u) => u.code)).toEqual(['00004']);
    expect(index.byName('Tân Lập', { within: 'Bến Cảng' }).map((u) => u.code)).toEqual(['00004']);
    expect(index.byName('Tân Lập', { within: 'quận Cảng Mới' }).map((u) => u.code)).toEqual(['00004']);
    expect(index.byName('Tân Lập', { within: '101' }).map((u) => u.code)).toEqual(['00001']);
    // A name held by a district, an old township and a new commune.
    expect(index.byName('Đông Hòa').map((u) => [u.level, u.code])).toEqual([
      ['district', '101'],
      ['commune', '00002'],
      ['commune', '00001'],
    ]);
    expect(index.byName('Đông Hòa', { on: '2025-07-01' }).map((u) => u.code)).toEqual(['00001']);
    expect(index.byName('Đông Hòa', { level: 'district' }).map((u) => u.code)).toEqual(['101']);
    expect(index.byName('tp Bến Cảng').map((u) => u.code)).toEqual(['11']);
    expect(index.byName('TP.Bến Cảng').map((u) => u.code)).toEqual(['11']);
    expect(index.byName('Nowhere')).toEqual([]);
  });

  it('walks up the units as they were, and across the reform both ways', () => {
    const township = one(index.byCode('00002'));
    expect(index.parentsOf(township).map((u) => u.code)).toEqual(['101', '10']);
    expect(index.parentsOf(township).at(-1)?.validTo).toBe('2025-06-30');
    const successors = index
      .successorsOf(township)
      .map((l) => [l.unit.code, l.unit.name, l.relation, l.allPeople]);
    expect(successors).toEqual([
      ['00001', 'Đông Hòa', 'part', false],
      ['00003', 'Cảng Mới', 'part', true],
    ]);
    const ward = one(index.byCode('00003'));
    expect(index.predecessorsOf(ward).map((l) => [l.unit.code, l.relation, l.allPeople])).toEqual([
      ['00002', 'part', true],
      ['00004', 'whole', false],
    ]);
    const merged = one(index.byCode('10', '2025-07-01'));
    expect(index.predecessorsOf(merged).map((l) => l.unit.name)).toEqual(['Sông Xanh', 'Bến Cảng']);
    expect(index.successorsOf(merged)).toEqual([]);
  });
});
