// datasets/admin-units/vietnam-units.csv: every unit of Vietnam before and after the 2025 reform, checked
// against the official totals, the Tiền Hải crosswalk the project was built on, and the corrections of the
// statistics office's table; and, where the team's reference crosswalk is beside the repository, rebuilt
// from it to the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminUnitSchema, createUnitIndex, readUnitsTable, writeUnitsTable } from '@ansinh/core';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(join(here, 'vietnam-units.csv'), 'utf8');
const units = readUnitsTable(text);
const index = createUnitIndex(units);
const old = units.filter((u) => u.validTo === '2025-06-30');
const current = units.filter((u) => u.validFrom === '2025-07-01');
const count = (list: typeof units, level: string) => list.filter((u) => u.level === level).length;

describe('datasets/admin-units/vietnam-units.csv', () => {
  it('is a units table every row of which is an AdminUnit', () => {
    for (const unit of units) adminUnitSchema.parse(unit);
    // The table is what its writer writes: comments, header, one line a unit.
    const comments = text
      .split('\n')
      .filter((l) => l.startsWith('# '))
      .map((l) => l.slice(2));
    expect(writeUnitsTable(units, comments)).toBe(text);
  });

  it('holds 63 provinces, 696 districts and 10.035 communes to 30 June 2025, and 34 provinces and 3.321 communes from 1 July 2025', () => {
    expect([count(old, 'province'), count(old, 'district'), count(old, 'commune')]).toEqual([
      63, 696, 10_035,
    ]);
    expect([count(current, 'province'), count(current, 'district'), count(current, 'commune')]).toEqual([
      34, 0, 3_321,
    ]);
    expect(old.length + current.length).toBe(units.length);
  });

  it('gives each old commune its district and province, and each new commune its province', () => {
    for (const unit of units.filter((u) => u.level === 'commune')) {
      const parents = index.parentsOf(unit).map((p) => p.level);
      expect(parents, unit.code).toEqual(unit.validTo === null ? ['province'] : ['district', 'province']);
    }
  });

  it('has a successor for every old commune and province, and a predecessor for every new commune but the island zones made of a whole district', () => {
    for (const unit of old.filter((u) => u.level !== 'district'))
      expect(index.successorsOf(unit).length, unit.code).toBeGreaterThan(0);
    const orphans = current.filter((u) => index.predecessorsOf(u).length === 0);
    // Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn and Côn Đảo were districts without communes: their
    // predecessor is the district.
    const islands = current.filter((u) => index.predecessorsOf(u).every((l) => l.unit.level === 'district'));
    expect(islands.map((u) => `${u.type} ${u.name}`).sort()).toEqual([
      'dac_khu Bạch Long Vĩ',
      'dac_khu Côn Đảo',
      'dac_khu Cồn Cỏ',
      'dac_khu Hoàng Sa',
      'dac_khu Lý Sơn',
    ]);
    for (const island of islands) expect(index.predecessorsOf(island)[0]?.unit.type).toBe('huyen');
    expect(orphans).toEqual([]);
  });

  it('splits 440 old communes among 2 to 5 new ones, the rest going whole to one', () => {
    const communes = old.filter((u) => u.level === 'commune');
    const split = communes.filter((u) => u.successorCodes.length > 1);
    expect(split).toHaveLength(440);
    expect(Math.max(...split.map((u) => u.successorCodes.length))).toBe(5);
    expect(index.successorsOf(split[0] as (typeof units)[number]).every((l) => l.relation === 'part')).toBe(
      true,
    );
    // Where only the land was split, the source says which commune took all the people.
    const peopleTo = split.filter((u) => u.peopleSuccessorCode !== undefined);
    expect(peopleTo.length).toBeGreaterThan(0);
    for (const unit of peopleTo) expect(unit.successorCodes).toContain(unit.peopleSuccessorCode);
  });

  it('agrees with the Tiền Hải crosswalk row by row', () => {
    const rows = readFileSync(join(here, 'tien-hai-2025-crosswalk.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(28);
    for (const row of rows) {
      const [oldCode = '', oldName, oldType, district, , province, , newCode = '', newName, , newProvince] =
        row.split(',');
      const unit = index.byCode(oldCode, '2025-06-30')[0];
      expect(unit?.name, oldCode).toBe(oldName);
      expect(unit?.type, oldCode).toBe(oldType === 'thị trấn' ? 'thi_tran' : 'xa');
      expect(index.parentsOf(unit as (typeof units)[number]).map((p) => p.code)).toEqual([
        district,
        province,
      ]);
      const [successor] = index.successorsOf(unit as (typeof units)[number]);
      expect([successor?.unit.code, successor?.unit.name, successor?.unit.parentCode]).toEqual([
        newCode,
        newName,
        newProvince,
      ]);
    }
  });

  it('carries the six corrections of the statistics office table', () => {
    const at = (code: string) => index.byCode(code, '2025-06-30')[0];
    // Old commune codes: Đặng Xá 00556 (not 00553), Mỹ Hưng 01651 (not 01615), Phú Thịnh 02482 (not 02485).
    expect([at('00556')?.name, at('01651')?.name, at('02482')?.name]).toEqual([
      'Đặng Xá',
      'Mỹ Hưng',
      'Phú Thịnh',
    ]);
    expect(at('00553')?.name).toBe('Cổ Bi');
    // Old provinces: Phường 4 of Tân An in Long An (80), Tiên Hải of Hà Tiên in Kiên Giang (91), the
    // district of Cồn Cỏ in Quảng Trị (45).
    const provinceOf = (code: string, level: 'commune' | 'district') =>
      index
        .parentsOf(index.byCode(code, '2025-06-30').find((u) => u.level === level) as (typeof units)[number])
        .at(-1)?.name;
    expect([
      provinceOf('27691', 'commune'),
      provinceOf('30781', 'commune'),
      provinceOf('471', 'district'),
    ]).toEqual(['Long An', 'Kiên Giang', 'Quảng Trị']);
    expect(units.filter((u) => u.note?.includes('corrected'))).toHaveLength(6);
  });

  it('finds "Tây Ninh" in every unit of that name, with its province and 2025 successor', () => {
    const found = index.byName('Tây Ninh');
    expect(found.map((u) => [u.level, u.code, u.validTo ?? `from ${u.validFrom}`])).toEqual([
      ['province', '72', '2025-06-30'],
      ['district', '703', '2025-06-30'],
      ['commune', '12994', '2025-06-30'],
      ['province', '80', 'from 2025-07-01'],
    ]);
    expect(index.byName('xa tay ninh').map((u) => u.code)).toEqual(['12994']);
    expect(index.byName('Tây Ninh', { within: 'Thái Bình' }).map((u) => u.code)).toEqual(['12994']);
  });

  it('is built by build-units.ts from rows of the conversion table: successors, splits, all the people, corrections, islands (every clone)', () => {
    // Rows in the table's format: a whole merger, a commune split by land only with all its people to one
    // side, one split otherwise, a corrected code, and an island district without communes.
    const header =
      'old_commune_code,old_commune_name,old_commune_type,old_district_code,old_district_name,old_province_code,old_province_name,new_commune_code,new_commune_name,new_commune_type,new_province_code,new_province_name,relation,nso_note,correction';
    const rows = [
      '00001,Phường An,Phường,001,Quận Một,01,Thành phố Hà Nội,00001,Phường Một,Phường,01,Thành phố Hà Nội,whole,Nhập toàn bộ,',
      '00004,Xã Bình,Xã,001,Quận Một,01,Thành phố Hà Nội,00001,Phường Một,Phường,01,Thành phố Hà Nội,part,Nhập một phần diện tích,',
      '00004,Xã Bình,Xã,001,Quận Một,01,Thành phố Hà Nội,00007,Xã Hai,Xã,01,Thành phố Hà Nội,part,"Nhập một phần diện tích, toàn bộ dân số",old_commune_code 00005->00004 (test)',
      '00010,Thị trấn Cầu,Thị trấn,002,Huyện Hai,01,Thành phố Hà Nội,00001,Phường Một,Phường,01,Thành phố Hà Nội,part,Nhập một phần,',
      '00010,Thị trấn Cầu,Thị trấn,002,Huyện Hai,01,Thành phố Hà Nội,00007,Xã Hai,Xã,01,Thành phố Hà Nội,part,Nhập một phần,',
      ',"(toàn bộ Huyện Đảo, không có ĐVHC cấp xã)",,003,Huyện Đảo,01,Thành phố Hà Nội,00020,Đặc khu Đảo,Đặc khu,01,Thành phố Hà Nội,whole,Sắp xếp toàn bộ huyện,',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-units-part-'));
    try {
      const input = join(dir, 'crosswalk.csv');
      const out = join(dir, 'units.csv');
      writeFileSync(input, `${[header, ...rows].join('\n')}\n`);
      execFileSync(
        'npx',
        ['tsx', '--conditions=@ansinh/source', join(here, 'build-units.ts'), input, out, '--part'],
        {
          stdio: 'pipe',
        },
      );
      const built = createUnitIndex(readUnitsTable(readFileSync(out, 'utf8')));
      const old = (code: string) => built.byCode(code, '2025-06-30')[0];
      expect(old('00001')?.successorCodes).toEqual(['00001']);
      expect(old('00004')).toMatchObject({
        name: 'Bình',
        type: 'xa',
        successorCodes: ['00001', '00007'],
        peopleSuccessorCode: '00007',
      });
      expect(old('00004')?.note).toContain('00005->00004');
      expect(old('00010')?.peopleSuccessorCode).toBeUndefined();
      expect(built.byCode('003', '2025-06-30')[0]?.successorCodes).toEqual(['00020']);
      expect(built.byCode('01', '2025-06-30')[0]).toMatchObject({
        type: 'thanh_pho_tw',
        name: 'Hà Nội',
        successorCodes: ['01'],
      });
      expect(
        built
          .predecessorsOf(built.byCode('00001', '2025-07-01')[0] as (typeof units)[number])
          .map((l) => [l.unit.code, l.relation]),
      ).toEqual([
        ['00001', 'whole'],
        ['00004', 'part'],
        ['00010', 'part'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  const source = join(here, '../../../shared/reference/admin-2025/crosswalk-2025.csv');
  it.runIf(existsSync(source))(
    'is rebuilt from the reference crosswalk to the same bytes',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ansinh-units-'));
      try {
        const script = join(here, 'build-units.ts');
        const out = join(dir, 'vietnam-units.csv');
        execFileSync('npx', ['tsx', '--conditions=@ansinh/source', script, source, out], { stdio: 'pipe' });
        expect(readFileSync(out, 'utf8')).toBe(text);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
