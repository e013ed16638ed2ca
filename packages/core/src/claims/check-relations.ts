import { explainPartsSum, explainWithinParent } from '../i18n/explanations.js';
import type { Bilingual } from '../i18n/language.js';
import type { AdminUnit } from '../models/admin-unit.js';
import type { Population } from '../models/indicator.js';
import {
  figurePeriodKey,
  type PublishedFigure,
  type StatedCount,
  statedCountsOf,
} from '../models/published-figure.js';
import { qualifierInterval } from './check-stated-percent.js';

/** A check between figures of one source: parts adding up to their whole, a commune within its district. */
export interface FigureRelation {
  readonly kind: 'parts_sum' | 'within_parent';
  /** `true` holds, `false` broken, `undefined` when the stated counts cannot tell. */
  readonly holds: boolean | undefined;
  /** The other figures involved. */
  readonly related: readonly string[];
  readonly reason: Bilingual;
}

/** One summable side of a figure: its count of a population, if stated exactly. */
function countsByPopulation(figure: PublishedFigure): Map<Population, StatedCount> {
  const counts = new Map<Population, StatedCount>();
  for (const count of statedCountsOf(figure)) counts.set(count.population, count);
  return counts;
}

function partsSum(whole: PublishedFigure, parts: readonly PublishedFigure[]): FigureRelation[] {
  const wholeCounts = countsByPopulation(whole);
  const relations: FigureRelation[] = [];
  for (const [population, stated] of wholeCounts) {
    const partCounts = parts.map((part) => countsByPopulation(part).get(population));
    if (partCounts.some((c) => c === undefined)) continue;
    const present = partCounts as StatedCount[];
    const exact = stated.qualifier === 'exact' && present.every((c) => c.qualifier === 'exact');
    const sum = present.reduce((total, c) => total + c.value, 0);
    // Parts that add to more than the whole contradict it, even as bounds; parts that add to less may leave
    // a group unstated (carers, relatives), so a shortfall is reported, not held against the whole.
    const least = present.reduce((total, c) => total + qualifierInterval(c).from, 0);
    const most = qualifierInterval(stated).to;
    const exceeds = most !== undefined && least > most;
    relations.push({
      kind: 'parts_sum',
      holds: exceeds ? false : exact && sum === stated.value ? true : undefined,
      related: parts.map((p) => p.id),
      reason: explainPartsSum(
        population,
        stated,
        present.map((c, i) => ({ id: parts[i]?.id ?? '', count: c })),
        sum,
        exact,
      ),
    });
  }
  return relations;
}

function withinParent(child: PublishedFigure, parents: readonly PublishedFigure[]): FigureRelation[] {
  const relations: FigureRelation[] = [];
  for (const [population, count] of countsByPopulation(child)) {
    const parent = parents.find((p) => countsByPopulation(p).has(population));
    const bigger = parent === undefined ? undefined : countsByPopulation(parent).get(population);
    if (parent === undefined || bigger === undefined) continue;
    const childLow = qualifierInterval(count).from;
    const parentHigh = qualifierInterval(bigger).to;
    relations.push({
      kind: 'within_parent',
      holds: parentHigh === undefined ? undefined : childLow <= parentHigh,
      related: [parent.id],
      reason: explainWithinParent(
        child.locality,
        parent.locality,
        population,
        count,
        bigger,
        childLow,
        parentHigh,
      ),
    });
  }
  return relations;
}

/**
 * Checks figures of one source against each other:
 * - **parts of a whole** (`partOf`): for each population the whole states, its parts' counts must add up to
 *   it (Bình Thuận's people with merit and social-protection beneficiaries to its total);
 * - **a place within its parent** (given `units`): a commune's count cannot exceed its district's for the
 *   same population and period.
 *
 * Returns the relations of each figure, by figure id (a whole carries its parts-sum, a commune its
 * within-parent check). Figures are indexed by whole and by place: O(f + u) for f figures and u units, plus
 * the pairs that share a place.
 *
 * @example checkRelations(flattenFigureSet(tienHai), units).get('tay-ninh-account-rate')?.[0]?.holds; // => true
 */
export function checkRelations(
  figures: readonly PublishedFigure[],
  units: readonly AdminUnit[] = [],
): Map<string, FigureRelation[]> {
  const relations = new Map<string, FigureRelation[]>();
  const add = (id: string, found: readonly FigureRelation[]) => {
    if (found.length > 0) relations.set(id, [...(relations.get(id) ?? []), ...found]);
  };
  const partsOf = new Map<string, PublishedFigure[]>();
  for (const figure of figures) {
    if (figure.partOf === undefined) continue;
    const list = partsOf.get(figure.partOf);
    if (list === undefined) partsOf.set(figure.partOf, [figure]);
    else list.push(figure);
  }
  for (const whole of figures) {
    const parts = partsOf.get(whole.id);
    if (parts !== undefined) add(whole.id, partsSum(whole, parts));
  }
  if (units.length > 0) {
    const parentCodes = new Map<string, string>();
    for (const unit of units) {
      if (unit.level !== 'province' && unit.parentCode !== null && !parentCodes.has(unit.code)) {
        parentCodes.set(unit.code, unit.parentCode);
      }
    }
    const slot = (code: string, figure: PublishedFigure) =>
      `${code}\u0000${figurePeriodKey(figure.period)}\u0000${figure.group}`;
    const byPlace = new Map<string, PublishedFigure[]>();
    for (const figure of figures) {
      const code = figure.locality.code;
      if (code === undefined) continue;
      const key = slot(code, figure);
      const list = byPlace.get(key);
      if (list === undefined) byPlace.set(key, [figure]);
      else list.push(figure);
    }
    for (const child of figures) {
      const code = child.locality.code;
      const parentCode = code === undefined ? undefined : parentCodes.get(code);
      if (parentCode === undefined) continue;
      add(child.id, withinParent(child, byPlace.get(slot(parentCode, child)) ?? []));
    }
  }
  return relations;
}
