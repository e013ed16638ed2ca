import { InvalidArgumentError } from '../errors.js';
import {
  type AdminLevel,
  type AdminUnit,
  type AdminUnitType,
  adminLevelSchema,
  adminUnitTypeSchema,
} from '../models/admin-unit.js';

/**
 * The columns of a units table, the compact form of a large `AdminUnit` list (the national units of
 * `datasets/admin-units/vietnam-units.csv`): one line a unit, successors as codes separated by spaces,
 * the successor that took all the people of a unit split by land only, empty cells for `null`. Lines starting with `#` before the header say where the table comes from.
 */
export const unitsTableColumns = [
  'code',
  'level',
  'type',
  'name',
  'parent',
  'valid_from',
  'valid_to',
  'successors',
  'people_to',
  'note',
] as const;

const levels = new Set<string>(adminLevelSchema.options);

/** The levels a unit type is at (`thanh_pho` is a district-level city; `thanh_pho_tw` a province). */
const levelOfType: Readonly<Record<AdminUnitType, readonly string[]>> = {
  tinh: ['province'],
  thanh_pho_tw: ['province'],
  huyen: ['district'],
  quan: ['district'],
  thi_xa: ['district'],
  thanh_pho: ['district'],
  xa: ['commune'],
  phuong: ['commune'],
  thi_tran: ['commune'],
  dac_khu: ['commune'],
};

/** Whether text is a day of the calendar as `YYYY-MM-DD`. */
function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
const types = new Set<string>(adminUnitTypeSchema.options);

/** A cell of a units table may not hold the delimiter, a quote or a line break. */
const plainCell = /^[^,"\r\n]*$/u;

/**
 * Writes units as a units table (`unitsTableColumns`), with comment lines first. Throws
 * `InvalidArgumentError` for a unit whose text cannot be a plain cell (a comma, a quote, a line break).
 *
 * @example writeUnitsTable([{ code: '01', name: 'Hà Nội', level: 'province', type: 'thanh_pho_tw', parentCode: null, validFrom: '2025-07-01', validTo: null, successorCodes: [] }]).split('\n')[1]; // => '01,province,thanh_pho_tw,Hà Nội,,2025-07-01,,,,'
 */
export function writeUnitsTable(units: readonly AdminUnit[], comments: readonly string[] = []): string {
  const lines = comments.map((c) => `# ${c}`);
  lines.push(unitsTableColumns.join(','));
  for (const unit of units) {
    const cells = [
      unit.code,
      unit.level,
      unit.type,
      unit.name,
      unit.parentCode ?? '',
      unit.validFrom ?? '',
      unit.validTo ?? '',
      unit.successorCodes.join(' '),
      unit.peopleSuccessorCode ?? '',
      unit.note ?? '',
    ];
    const bad = cells.find((cell) => !plainCell.test(cell));
    if (bad !== undefined) {
      throw new InvalidArgumentError(
        'writeUnitsTable',
        `unit ${unit.code}: "${bad}" holds a comma, a quote or a line break`,
        `đơn vị ${unit.code}: "${bad}" có dấu phẩy, dấu nháy hoặc xuống dòng`,
      );
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a units table (`writeUnitsTable`) into units. Throws `InvalidArgumentError` naming the line and
 * the column for a line that is not one: a wrong header, a wrong number of cells, an unknown level or type.
 * O(lines).
 *
 * @example readUnitsTable('code,level,type,name,parent,valid_from,valid_to,successors,people_to,note\n12970,commune,thi_tran,Tiền Hải,342,,2025-06-30,12970,,\n')[0].successorCodes; // => ['12970']
 */
export function readUnitsTable(text: string): AdminUnit[] {
  const units: AdminUnit[] = [];
  // The validity of each code at each level so far: one code is one unit on any day.
  const periods = new Map<string, { from: string; to: string }[]>();
  const lines = text.split(/\r?\n/u);
  let header = false;
  const fail = (line: number, en: string, vi: string): never => {
    throw new InvalidArgumentError('readUnitsTable', `line ${line}: ${en}`, `dòng ${line}: ${vi}`);
  };
  lines.forEach((line, i) => {
    const number = i + 1;
    if (line === '' || (!header && line.startsWith('#'))) return;
    const cells = line.split(',');
    if (!header) {
      if (line.replace(/^\uFEFF/u, '') !== unitsTableColumns.join(','))
        fail(
          number,
          `expected the header ${unitsTableColumns.join(',')}`,
          `cần dòng tiêu đề ${unitsTableColumns.join(',')}`,
        );
      header = true;
      return;
    }
    if (cells.length !== unitsTableColumns.length)
      fail(
        number,
        `expected ${unitsTableColumns.length} cells, found ${cells.length}`,
        `cần ${unitsTableColumns.length} ô, có ${cells.length}`,
      );
    const [
      code = '',
      level = '',
      type = '',
      name = '',
      parent = '',
      from = '',
      to = '',
      successors = '',
      peopleTo = '',
      note = '',
    ] = cells;
    if (!levels.has(level))
      fail(number, `level: "${level}" is not a level`, `cấp: "${level}" không phải cấp hành chính`);
    if (!types.has(type))
      fail(number, `type: "${type}" is not a unit type`, `loại: "${type}" không phải loại đơn vị`);
    if (!levelOfType[type as AdminUnitType].includes(level))
      fail(
        number,
        `type: "${type}" is not a type of ${level}`,
        `loại: "${type}" không phải loại đơn vị cấp ${level}`,
      );
    const codeShape = /^\d{2,5}$/u;
    if (!codeShape.test(code))
      fail(number, `code: "${code}" is not 2 to 5 digits`, `mã: "${code}" không phải 2 đến 5 chữ số`);
    for (const [column, value] of [
      ['parent', parent],
      ['people_to', peopleTo],
      ...successors.split(' ').map((c) => ['successors', c] as const),
    ] as const)
      if (value !== '' && !codeShape.test(value))
        fail(
          number,
          `${column}: "${value}" is not a unit code`,
          `${column}: "${value}" không phải mã đơn vị`,
        );
    for (const [column, value] of [
      ['valid_from', from],
      ['valid_to', to],
    ] as const)
      if (value !== '' && !isCalendarDay(value))
        fail(
          number,
          `${column}: "${value}" is not a day (YYYY-MM-DD)`,
          `${column}: "${value}" không phải ngày (YYYY-MM-DD)`,
        );
    if (from !== '' && to !== '' && from > to)
      fail(number, `valid_from ${from} is after valid_to ${to}`, `valid_from ${from} sau valid_to ${to}`);
    if (peopleTo !== '' && !successors.split(' ').includes(peopleTo))
      fail(
        number,
        `people_to: ${peopleTo} is not among the successors`,
        `people_to: ${peopleTo} không nằm trong các đơn vị kế thừa`,
      );
    const key = `${level}|${code}`;
    const earlier = periods.get(key) ?? [];
    if (
      earlier.some(
        (p) => (p.from === '' || to === '' || p.from <= to) && (from === '' || p.to === '' || from <= p.to),
      )
    )
      fail(
        number,
        `code: ${code} is already a ${level} on some of these days`,
        `mã: ${code} đã là đơn vị cấp ${level} trong một số ngày này`,
      );
    periods.set(key, [...earlier, { from, to }]);
    units.push({
      code,
      name,
      level: level as AdminLevel,
      type: type as AdminUnitType,
      parentCode: parent === '' ? null : parent,
      validFrom: from === '' ? null : from,
      validTo: to === '' ? null : to,
      successorCodes: successors === '' ? [] : successors.split(' '),
      ...(peopleTo === '' ? {} : { peopleSuccessorCode: peopleTo }),
      ...(note === '' ? {} : { note }),
    });
  });
  if (!header) fail(lines.length, 'no header line', 'không có dòng tiêu đề');
  return units;
}
