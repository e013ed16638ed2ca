import {
  type AdminUnit,
  adminUnitTypeWords,
  createUnitIndex,
  formatNumber,
  type Language,
  messagesIn,
  type UnitIndex,
  type UnitLink,
} from '@ansinh/core';
import { loadUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { printableLine } from '../render/printable.js';
import { renderTextTable } from '../render/text-table.js';

/** Options of `ansinh units find`. */
export interface UnitsFindOptions {
  /** The name to find (with or without its type word, diacritics optional); or none with `code`. */
  readonly name: string | undefined;
  readonly code: string | undefined;
  /** A district or province the units must lie in (name or code). */
  readonly within: string | undefined;
  /** The units file (a units table or an `AdminUnitSet`). */
  readonly units: string;
  readonly language: Language;
  readonly json: boolean;
}

/** A unit as `units find` gives it in JSON: itself, the units above it, and its links across the reform. */
interface FoundUnit {
  readonly code: string;
  readonly name: string;
  readonly type: AdminUnit['type'];
  readonly level: AdminUnit['level'];
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly within: readonly { code: string; name: string; type: AdminUnit['type'] }[];
  readonly successors: readonly LinkJson[];
  readonly predecessors: readonly LinkJson[];
  readonly note?: string;
}

interface LinkJson {
  readonly code: string;
  readonly name: string;
  readonly type: AdminUnit['type'];
  readonly relation: UnitLink['relation'];
  readonly allPeople: boolean;
}

const linkJson = (link: UnitLink): LinkJson => ({
  code: link.unit.code,
  name: link.unit.name,
  type: link.unit.type,
  relation: link.relation,
  allPeople: link.allPeople,
});

function found(index: UnitIndex, unit: AdminUnit): FoundUnit {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    level: unit.level,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    within: index.parentsOf(unit).map((up) => ({ code: up.code, name: up.name, type: up.type })),
    successors: index.successorsOf(unit).map(linkJson),
    predecessors: index.predecessorsOf(unit).map(linkJson),
    ...(unit.note === undefined ? {} : { note: unit.note }),
  };
}

/** `xã Tây Lương`: the type word and the name. */
const named = (unit: { readonly type: AdminUnit['type']; readonly name: string }) =>
  `${adminUnitTypeWords[unit.type]} ${unit.name}`;

/**
 * `ansinh units find NAME | --code CODE [--in PLACE]`: every administrative unit of that name (with or
 * without its type word, diacritics optional) or code, with the units above it and what it became in the
 * 2025 reform (or what it was made of). All candidates are listed: a name is often held by several units.
 * Exit 0 when a unit is found, 1 when none is, 2 when the units file cannot be read.
 */
export async function unitsFind(options: UnitsFindOptions, out: Output): Promise<number> {
  const { language } = options;
  const u = messagesIn(language).units;
  const loaded = await loadUnits(options.units);
  if (!loaded.ok) {
    printIssues(out, loaded.issues);
    return 2;
  }
  const index = createUnitIndex(loaded.data);
  const query = printableLine(options.code ?? options.name ?? '');
  const within = options.within;
  if (within !== undefined && index.byName(within).length === 0 && index.byCode(within.trim()).length === 0) {
    out.error(u.noPlace(printableLine(within)));
    return 2;
  }
  let units =
    options.code !== undefined
      ? index.byCode(options.code.trim())
      : index.byName(query, options.within === undefined ? {} : { within: options.within });
  if (options.code !== undefined && within !== undefined) {
    const places = index.byName(within);
    units = units.filter((unit) =>
      index.parentsOf(unit).some((up) => places.includes(up) || up.code === within.trim()),
    );
  }
  const results = units.map((unit) => found(index, unit));
  if (options.json) {
    out.print(JSON.stringify({ query, units: results }, null, 2));
    return results.length > 0 ? 0 : 1;
  }
  if (results.length === 0) {
    out.print(u.none(query));
    return 1;
  }
  out.print(u.found(formatNumber(results.length, language), query));
  out.print('');
  const links = (list: readonly LinkJson[], arrow: string) =>
    list
      .map(
        (l) =>
          `${arrow} ${named(l)} (${l.code}${l.relation === 'part' ? `, ${u.part}` : ''}${l.allPeople ? `, ${u.allPeople}` : ''})`,
      )
      .join('\n');
  const rows = results.map((unit) => [
    named(unit),
    unit.code,
    unit.validTo !== null
      ? u.until(unit.validTo)
      : unit.validFrom !== null
        ? u.from(unit.validFrom)
        : u.always,
    unit.within.map((up) => `${named(up)} (${up.code})`).join(', ') || '—',
    unit.successors.length > 0
      ? links(unit.successors, u.to)
      : unit.predecessors.length > 0
        ? links(unit.predecessors, u.cameFrom)
        : unit.level === 'district' && unit.validTo !== null
          ? u.abolished
          : '—',
  ]);
  out.print(
    renderTextTable(
      [
        { heading: u.headings.unit, maxWidth: 28 },
        { heading: u.headings.code, maxWidth: 6 },
        { heading: u.headings.validity, maxWidth: 18 },
        { heading: u.headings.within, maxWidth: 40 },
        { heading: u.headings.reform, maxWidth: 48 },
      ],
      rows,
      out.columns,
    ),
  );
  return 0;
}
