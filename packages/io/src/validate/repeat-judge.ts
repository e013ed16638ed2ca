import type { RowContext } from '../layout/read-layout.js';
import type { LaneLine } from './canonical-lane.js';
import { always } from './form-tests.js';
import type { CellBytes } from './row-checks.js';
import { type RowCheck, type RowJudge, type RowMemory, type RowVerdict, rawCells } from './row-validator.js';
import type { RowIssue } from './table-issues.js';

/** A verdict to repeat: the row of a line and the assumptions made to read it. */
interface Template {
  readonly row: Readonly<Record<string, unknown>>;
  readonly assumptions: RowVerdict<unknown>['assumptions'];
  /** With `reuse`: the one row of the lines of this spelling, and the verdict that holds it. */
  readonly own: Record<string, unknown> | undefined;
  readonly verdict: RowVerdict<unknown> | undefined;
  /** The same for a line whose deferred fields stay in its bytes (`fromLine`). */
  readonly lineVerdict: RowVerdict<unknown> | undefined;
}

/**
 * Fills a template's row with a line's varying values (`createRepeatJudge`): -1 when a value fails its
 * field's test (the row is then partly filled), 1 when it fits and a field stayed in the line's bytes
 * (`fromLine`), 0 when it fits otherwise.
 */
type Fill = (row: Record<string, unknown>, lane: LaneLine) => number;

/** The varying fields of a list and how each is read: what a fill is made for. */
interface FillFields {
  readonly varying: readonly string[];
  /** Where the lane keeps each field's value (`LaneLine.slotOf`). */
  readonly slots: readonly number[];
  readonly tests: readonly ((value: unknown) => boolean)[];
  /** Which fields may stay in a line's bytes, and which may stay unmade. */
  readonly defers: readonly boolean[];
  readonly unread: readonly boolean[];
}

/**
 * The fill of `createRepeatJudge`, field by field in order: a field left in the line's bytes sets
 * `fromLine`; a field left unmade is skipped; an empty cell keeps the template's value; a value that
 * fails its test ends the fill with -1; any other value is stored in the row. A loop over the fields:
 * what `compileFill` compiles, and where code cannot be compiled.
 */
export function loopFill(fields: FillFields): Fill {
  const { varying, slots, tests, defers, unread } = fields;
  return (row, lane) => {
    let fromLine = 0;
    for (let i = 0; i < varying.length; i += 1) {
      const slot = slots[i] as number;
      if (defers[i] === true && lane.deferredAt(slot)) {
        fromLine = 1;
        continue;
      }
      if (unread[i] === true && lane.deferredAt(slot)) continue;
      const value = lane.valueAt(slot);
      if (value === undefined) continue;
      if (!(tests[i] as (value: unknown) => boolean)(value)) return -1;
      row[varying[i] as string] = value;
    }
    return fromLine;
  };
}

/**
 * `loopFill` unrolled and compiled as JavaScript for one lane's slots: each field's test called from a
 * call site of its own and each value stored under a field named in the code, so that V8 can inline
 * the tests and store into the row's shape directly (a slice of the province register took about 7% less
 * CPU so; docs/benchmarks.md). A test holds the two alike. `loopFill` where the environment does not
 * allow `Function` (`--disallow-code-generation-from-strings`, a content security policy).
 */
export function compileFill(fields: FillFields): Fill {
  const { varying, slots, tests, defers, unread } = fields;
  const lines = ['let fromLine = 0;', 'let value;'];
  varying.forEach((field, i) => {
    const slot = slots[i] as number;
    // A test every value passes (`always`: the lane's form implies it) is not called.
    const test = tests[i] === always ? '' : `if (!t${i}(value)) return -1; `;
    const store = [
      `value = lane.valueAt(${slot});`,
      `if (value !== undefined) { ${test}row[${JSON.stringify(field)}] = value; }`,
    ];
    if (defers[i] === true) lines.push(`if (lane.deferredAt(${slot})) fromLine = 1; else {`, ...store, '}');
    else if (unread[i] === true) lines.push(`if (!lane.deferredAt(${slot})) {`, ...store, '}');
    else lines.push(...store);
  });
  lines.push('return fromLine;');
  // The tests bound one by one, so that each call site in the body calls one function.
  const bound = tests.map((_, i) => `const t${i} = tests[${i}];`).join('\n');
  try {
    return new Function('tests', `${bound}\nreturn function fill(row, lane) {\n${lines.join('\n')}\n};`)(
      tests,
    ) as Fill;
  } catch (error) {
    if (error instanceof EvalError) return loopFill(fields);
    throw error;
  }
}

/** Spellings remembered under one set of headings; a list has a handful (month, channel, status). */
const maxTemplates = 256;

/**
 * Judges the line a lane scanned last (`compileLane` with `varying`) by repeating the verdict of the first line
 * spelt the same (`CanonicalLane.key`): what the derivations, the required fields and the schema make of a
 * row depends only on its cells other than the `varying` fields (a beneficiary's code, an amount: the list
 * says which, `ListSchema.varying`) and on the headings over it. So a line spelt as an earlier accepted one
 * under the same headings gets that row with its own `varying` values, each tested by the schema's field
 * test (`compileFieldTests`, as narrowed by the form the lane read the field in: `narrowFieldTest`, which
 * answers alike on the lane's values); then the list's `check` (the rules that look back over the file)
 * as any row.
 * A line whose values do not pass, or whose spelling is new, is judged in full (`judgeValues`), and a new
 * spelling accepted becomes a template when the derivations left its `varying` values as read and made
 * no assumption from their values (`fromVarying`). The verdicts
 * are those of `judgeValues` on every line: a test holds the two equal on the same files.
 */
export function createRepeatJudge<T>(setting: {
  /**
   * Whether the verdicts of lines of a known spelling may share one row object, refilled each time (the
   * caller reads each row before judging the next line: `TableSink.copies`).
   */
  readonly reuse?: boolean;
  readonly judgeValues: RowJudge<T>['values'];
  readonly varying: readonly string[];
  /** Assumption codes made from a varying field's value: a verdict that makes one is not repeated. */
  readonly fromVarying?: readonly string[] | undefined;
  readonly tests: ReadonlyMap<string, (value: unknown) => boolean>;
  readonly check: RowCheck<T>;
  readonly seen: RowMemory;
  readonly header: readonly string[];
  /**
   * The list's check for a row whose `deferred` fields stay in the line's bytes (`composeLineChecks`):
   * where a lane on bytes left a varying field so (`LaneLine.deferredAt`) and its test takes any value a
   * lane leaves so (`deferred`), the field is neither tested nor put in the row, and the verdict says the
   * row is `fromLine`.
   */
  readonly lineCheck?:
    | ((row: T, line: number, seen: RowMemory, cells: CellBytes) => readonly RowIssue[])
    | undefined;
  readonly deferred?: ReadonlySet<string> | undefined;
  /**
   * Varying fields nobody reads of an accepted row (`TableSink.reads`, the list's rules) whose test takes
   * any value a lane leaves unmade (`compileByteLane`'s `unmadeFields`): where a lane left one so, it is
   * neither tested nor put in the row, which holds another line's value there (the template's, or the
   * last one made on a line spelt alike, where rows are reused).
   */
  readonly unmade?: ReadonlySet<string> | undefined;
}): (line: number, lane: LaneLine, context: RowContext) => RowVerdict<T> {
  const { judgeValues, varying, check, seen, header } = setting;
  const fromVarying = new Set(setting.fromVarying ?? []);
  const tests = varying.map((field) => setting.tests.get(field) ?? (() => false));
  const { lineCheck } = setting;
  // Which varying fields may stay in a line's bytes.
  const defers = varying.map((field) => lineCheck !== undefined && setting.deferred?.has(field) === true);
  // Which varying fields may stay unmade: checked on their bytes by the lane, read by nobody.
  const unread = varying.map((field) => setting.unmade?.has(field) === true);
  let templates = new Map<number, Template>();
  let headings: RowContext | undefined;
  // The varying fields' filling of a row, compiled for the lane's slots once a lane.
  let slotsOf: LaneLine | undefined;
  let fill: Fill = () => -1;
  return (line, lane, context) => {
    const key = lane.key();
    if (key >= 0) {
      if (context !== headings) {
        templates = new Map();
        headings = context;
      }
      const known = templates.get(key);
      if (known !== undefined) {
        const row: Record<string, unknown> = known.own ?? { ...known.row };
        if (lane !== slotsOf) {
          slotsOf = lane;
          fill = compileFill({
            varying,
            slots: varying.map((field) => lane.slotOf(field)),
            tests,
            defers,
            unread,
          });
        }
        const filled = fill(row, lane);
        const fit = filled >= 0;
        const fromLine = filled === 1;
        if (fit) {
          // Only a lane on bytes leaves a field deferred: it gives the cells' bytes.
          const found =
            fromLine && lineCheck !== undefined
              ? lineCheck(row as T, line, seen, lane as LaneLine & CellBytes)
              : check(row as T, line, seen);
          if (found.length === 0) {
            if (fromLine)
              return (
                (known.lineVerdict as RowVerdict<T> | undefined) ?? {
                  ok: true,
                  row: row as T,
                  assumptions: known.assumptions,
                  fromLine: true,
                }
              );
            return (
              (known.verdict as RowVerdict<T> | undefined) ?? {
                ok: true,
                row: row as T,
                assumptions: known.assumptions,
              }
            );
          }
          // A rejected line's row is not handed on: the verdict names the line and its cells.
          return {
            ok: false,
            rejected: { row: line, cells: rawCells(header, lane.fields()), issues: [...found] },
            assumptions: known.assumptions,
          };
        }
      }
    }
    const values = lane.values();
    const given = key >= 0 ? varying.map((field) => values[field]) : undefined;
    const verdict = judgeValues(values, [], line, lane.raw, context, lane.fields);
    if (
      given !== undefined &&
      verdict.ok &&
      templates.size < maxTemplates &&
      !verdict.assumptions.some((a) => fromVarying.has(a.code))
    ) {
      const row = verdict.row as Record<string, unknown>;
      if (varying.every((field, i) => row[field] === given[i])) {
        const own = setting.reuse === true ? { ...row } : undefined;
        templates.set(key, {
          row: { ...row },
          assumptions: verdict.assumptions,
          own,
          verdict:
            own === undefined ? undefined : { ok: true, row: own as T, assumptions: verdict.assumptions },
          lineVerdict:
            own === undefined
              ? undefined
              : { ok: true, row: own as T, assumptions: verdict.assumptions, fromLine: true },
        });
      }
    }
    return verdict;
  };
}
