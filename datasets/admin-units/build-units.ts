// Writes datasets/admin-units/vietnam-units.csv: every province, district and commune of Vietnam before the
// 2025 reform (valid to 30 June 2025) and every province and commune after it (from 1 July 2025), with each
// old unit's successors, from the team's reference crosswalk (the statistics office's conversion table,
// old commune -> new commune, with six corrections; see its PROVENANCE.md). Checks what the table must hold
// on the way (totals, one relation per old commune, one new province per old province) and stops with the
// line at fault otherwise. Deterministic. From the repository root:
//
//   npx tsx --conditions=@ansinh/source datasets/admin-units/build-units.ts [crosswalk-2025.csv [output.csv [--part]]]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AdminUnit, type AdminUnitType, writeUnitsTable } from '@ansinh/core';
import { parseCsv } from '@ansinh/io';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? join(here, '../../../shared/reference/admin-2025/crosswalk-2025.csv');
const target = process.argv[3] ?? join(here, 'vietnam-units.csv');
// `--part`: a part of the table (a test's few rows): every check but the country's totals.
const whole = !process.argv.includes('--part');

/** The last day of the old units and the first of the new. */
const lastOld = '2025-06-30';
const firstNew = '2025-07-01';

/** A type word at the start of a name, longest first, by level. */
const typeWords: Record<'province' | 'district' | 'commune', readonly [string, AdminUnitType][]> = {
  province: [
    ['Thành phố', 'thanh_pho_tw'],
    ['Tỉnh', 'tinh'],
  ],
  district: [
    ['Thành phố', 'thanh_pho'],
    ['Thị xã', 'thi_xa'],
    ['Huyện', 'huyen'],
    ['Quận', 'quan'],
  ],
  commune: [
    ['Thị trấn', 'thi_tran'],
    ['Đặc khu', 'dac_khu'],
    ['Phường', 'phuong'],
    ['Xã', 'xa'],
  ],
};

function fail(line: number, message: string): never {
  throw new Error(`${source}, line ${line}: ${message}`);
}

/** The type and the name without its type word (`Phường Phúc Xá` -> phuong, `Phúc Xá`). */
function split(
  level: keyof typeof typeWords,
  full: string,
  line: number,
): { type: AdminUnitType; name: string } {
  for (const [word, type] of typeWords[level]) {
    // The source writes `Thành Phố` as well as `Thành phố`.
    if (full.toLowerCase().startsWith(`${word.toLowerCase()} `))
      return { type, name: full.slice(word.length + 1) };
  }
  return fail(line, `"${full}" does not start with a ${level} type word`);
}

const bytes = readFileSync(source);
const text = bytes.toString('utf8');
const records = parseCsv(text).records;
const header = records[0]?.fields ?? [];
const column = (name: string) => {
  const i = header.indexOf(name);
  if (i < 0) fail(1, `no column ${name}`);
  return i;
};
const at = {
  oldCode: column('old_commune_code'),
  oldName: column('old_commune_name'),
  oldType: column('old_commune_type'),
  districtCode: column('old_district_code'),
  districtName: column('old_district_name'),
  oldProvinceCode: column('old_province_code'),
  oldProvinceName: column('old_province_name'),
  newCode: column('new_commune_code'),
  newName: column('new_commune_name'),
  newType: column('new_commune_type'),
  newProvinceCode: column('new_province_code'),
  newProvinceName: column('new_province_name'),
  relation: column('relation'),
  correction: column('correction'),
  nsoNote: column('nso_note'),
};

const oldProvinces = new Map<string, AdminUnit & { successorCodes: string[] }>();
const districts = new Map<string, AdminUnit & { successorCodes: string[] }>();
const oldCommunes = new Map<
  string,
  AdminUnit & { successorCodes: string[]; relation: string; notes: string[]; peopleTo: string | undefined }
>();
const newProvinces = new Map<string, AdminUnit>();
const newCommunes = new Map<string, AdminUnit>();
/** Areas that are no commune (an island district without communes, a strip of coast), by new commune. */
const areas = new Map<string, string[]>();

const same = (line: number, what: string, a: string, b: string) => {
  if (a !== b) fail(line, `${what}: "${a}" and "${b}"`);
};

for (const record of records.slice(1)) {
  const cell = (i: number) => record.fields[i] ?? '';
  const line = record.line;
  if (record.fields.length === 1 && cell(0) === '') continue;
  const province = split('province', cell(at.oldProvinceName), line);
  const oldProvince = oldProvinces.get(cell(at.oldProvinceCode)) ?? {
    code: cell(at.oldProvinceCode),
    name: province.name,
    level: 'province' as const,
    type: province.type,
    parentCode: null,
    validFrom: null,
    validTo: lastOld,
    successorCodes: [],
  };
  same(line, `old province ${oldProvince.code}`, oldProvince.name, province.name);
  if (!oldProvince.successorCodes.includes(cell(at.newProvinceCode)))
    oldProvince.successorCodes.push(cell(at.newProvinceCode));
  oldProvinces.set(oldProvince.code, oldProvince);

  const district = split('district', cell(at.districtName), line);
  const oldDistrict = districts.get(cell(at.districtCode)) ?? {
    code: cell(at.districtCode),
    name: district.name,
    level: 'district' as const,
    type: district.type,
    parentCode: oldProvince.code,
    validFrom: null,
    validTo: lastOld,
    successorCodes: [],
  };
  same(line, `district ${oldDistrict.code}'s province`, oldDistrict.parentCode ?? '', oldProvince.code);
  districts.set(oldDistrict.code, oldDistrict);

  const newProvince = split('province', cell(at.newProvinceName), line);
  const knownProvince = newProvinces.get(cell(at.newProvinceCode));
  if (knownProvince !== undefined)
    same(line, `new province ${knownProvince.code}`, knownProvince.name, newProvince.name);
  else
    newProvinces.set(cell(at.newProvinceCode), {
      code: cell(at.newProvinceCode),
      name: newProvince.name,
      level: 'province',
      type: newProvince.type,
      parentCode: null,
      validFrom: firstNew,
      validTo: null,
      successorCodes: [],
    });

  const commune = split('commune', cell(at.newName), line);
  same(
    line,
    `new commune ${cell(at.newCode)}'s type`,
    cell(at.newType).toLowerCase(),
    cell(at.newName).slice(0, cell(at.newType).length).toLowerCase(),
  );
  const knownCommune = newCommunes.get(cell(at.newCode));
  if (knownCommune !== undefined) {
    same(line, `new commune ${knownCommune.code}`, knownCommune.name, commune.name);
    same(
      line,
      `new commune ${knownCommune.code}'s province`,
      knownCommune.parentCode ?? '',
      cell(at.newProvinceCode),
    );
  } else
    newCommunes.set(cell(at.newCode), {
      code: cell(at.newCode),
      name: commune.name,
      level: 'commune',
      type: commune.type,
      parentCode: cell(at.newProvinceCode),
      validFrom: firstNew,
      validTo: null,
      successorCodes: [],
    });

  const code = cell(at.oldCode);
  if (code === '') {
    // No commune: a district without communes (an island made a special zone) or an area of a district.
    const area = cell(at.oldName);
    if (cell(at.correction) !== '')
      oldDistrict.note = `đính chính / corrected: ${cell(at.correction).replace(/,/gu, ';')}`;
    if (area.startsWith('(toàn bộ ')) {
      if (!oldDistrict.successorCodes.includes(cell(at.newCode)))
        oldDistrict.successorCodes.push(cell(at.newCode));
    }
    areas.set(cell(at.newCode), [...(areas.get(cell(at.newCode)) ?? []), area.replace(/[(),]/gu, '')]);
    continue;
  }
  const named = split('commune', cell(at.oldName), line);
  // The type is the type column's (the statistics office's list); four names carry another type word,
  // which the unit's note keeps.
  const typed = typeWords.commune.find(([word]) => word.toLowerCase() === cell(at.oldType).toLowerCase());
  if (typed === undefined) fail(line, `old commune ${code}: type "${cell(at.oldType)}"`);
  const old = { name: named.name, type: typed[1] };
  const otherWord =
    named.type === typed[1] ? undefined : `tên nguồn ghi / the source's name reads «${cell(at.oldName)}»`;
  const correction = cell(at.correction);
  const notes = [
    correction === '' ? undefined : `đính chính / corrected: ${correction.replace(/,/gu, ';')}`,
    otherWord,
  ].filter((n) => n !== undefined);
  // The whole population to this successor, where the source says so (a split of the land only).
  const allPeople = /toàn bộ dân số/iu.test(cell(at.nsoNote)) && cell(at.relation) === 'part';
  const known = oldCommunes.get(code);
  if (known !== undefined) {
    same(line, `old commune ${code}`, known.name, old.name);
    same(line, `old commune ${code}'s relation`, known.relation, cell(at.relation));
    if (!known.successorCodes.includes(cell(at.newCode))) known.successorCodes.push(cell(at.newCode));
    if (notes.length > 0) known.notes.push(...notes);
    if (allPeople) {
      if (known.peopleTo !== undefined) fail(line, `old commune ${code}: all its people go to two communes`);
      known.peopleTo = cell(at.newCode);
    }
    continue;
  }
  oldCommunes.set(code, {
    code,
    name: old.name,
    level: 'commune',
    type: old.type,
    parentCode: oldDistrict.code,
    validFrom: null,
    validTo: lastOld,
    successorCodes: [cell(at.newCode)],
    relation: cell(at.relation),
    notes,
    peopleTo: allPeople ? cell(at.newCode) : undefined,
  });
}

// What the table must hold (PROVENANCE.md): the official totals, and a relation that says whether the old
// commune was split.
const expect = (what: string, found: number, wanted: number) => {
  if (found !== wanted) throw new Error(`${source}: ${found} ${what}, expected ${wanted}`);
};
if (whole) expect('old provinces', oldProvinces.size, 63);
if (whole) expect('districts', districts.size, 696);
if (whole) expect('old communes', oldCommunes.size, 10_035);
if (whole) expect('new provinces', newProvinces.size, 34);
if (whole) expect('new communes', newCommunes.size, 3_321);
for (const commune of oldCommunes.values()) {
  const split = commune.successorCodes.length > 1;
  if (split !== (commune.relation === 'part'))
    throw new Error(
      `${source}: old commune ${commune.code} has ${commune.successorCodes.length} successors and relation ${commune.relation}`,
    );
}
for (const province of oldProvinces.values())
  if (province.successorCodes.length !== 1)
    throw new Error(`${source}: old province ${province.code} went to ${province.successorCodes.join(', ')}`);
for (const [code, names] of areas) {
  const unit = newCommunes.get(code);
  if (unit !== undefined)
    newCommunes.set(code, { ...unit, note: `gồm cả / also takes: ${names.join('; ')}` });
}

type Gathered = AdminUnit & { relation?: string; notes?: string[]; peopleTo?: string | undefined };
const byCode = (units: Iterable<Gathered>): AdminUnit[] =>
  [...units]
    .map(({ relation: _, notes, peopleTo, ...unit }) => ({
      ...unit,
      ...(notes === undefined || notes.length === 0 ? {} : { note: notes.join('; ') }),
      ...(peopleTo === undefined ? {} : { peopleSuccessorCode: peopleTo }),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const units = [
  ...byCode(oldProvinces.values()),
  ...byCode(districts.values()),
  ...byCode(oldCommunes.values()),
  ...byCode(newProvinces.values()),
  ...byCode(newCommunes.values()),
];
const sha = createHash('sha256').update(bytes).digest('hex');
const table = writeUnitsTable(units, [
  'Đơn vị hành chính Việt Nam trước và sau sắp xếp 2025 / Vietnam administrative units before and after the 2025 reform.',
  'Nguồn / source: Cục Thống kê (NSO), "Bảng chuyển đổi ĐVHC mới - cũ", danhmuchanhchinh.nso.gov.vn (old commune -> new commune);',
  'tên và loại đơn vị cũ / old names and types: GSO list of 2025-07-18; tên mới / new names: NSO list of units from 1 July 2025.',
  'Legal basis: QĐ 124/2004/QĐ-TTg; QĐ 19/2025/QĐ-TTg; the Standing Committee resolutions of 2025 for each province.',
  `Built by datasets/admin-units/build-units.ts from the team's crosswalk-2025.csv (sha256 ${sha.slice(0, 16)}…; see its PROVENANCE.md).`,
  'Old units valid to 2025-06-30, new from 2025-07-01; successors separated by spaces (several: the old commune was split);',
  'people_to: the successor that took all the people of a commune split by land only ("toàn bộ dân số" in the source).',
]);
writeFileSync(target, table);
console.log(`${target}: ${units.length} units (${table.length} bytes)`);
