import type { RowContext } from '../layout/read-layout.js';
import type { LaneLine } from './canonical-lane.js';
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

/** Spellings remembered under one set of headings; a list has a handful (month, channel, status). */
const maxTemplates = 256;

/**
 * Judges the line a lane scanned last (`compileLane` with `varying`) by repeating the verdict of the first line
 * spelt the same (`CanonicalLane.key`): what the derivations, the required fields and the schema make of a
 * row depends only on its cells other than the `varying` fields (a beneficiary's code, an amount: the list
 * says which, `ListSchema.varying`) and on the headings over it. So a line spelt as an earlier accepted one
 * under the same headings gets that row with its own `varying` values, each tested by the schema's field
 * test (`compileFieldTests`); then the list's `check` (the rules that look back over the file) as any row.
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
  // Where the lane keeps each varying field's value, found once a lane.
  let slotsOf: LaneLine | undefined;
  let slots: number[] = [];
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
          slots = varying.map((field) => lane.slotOf(field));
        }
        let fit = true;
        let fromLine = false;
        for (let i = 0; i < varying.length; i += 1) {
          const field = varying[i] as string;
          const slot = slots[i] as number;
          // A field left in the line's bytes is read from there by the check and by the sink.
          if (defers[i] === true && lane.deferredAt(slot)) {
            fromLine = true;
            continue;
          }
          // A cell checked on its bytes that nobody reads: the row keeps another line's value.
          if (unread[i] === true && lane.deferredAt(slot)) continue;
          const value = lane.valueAt(slot);
          // An empty cell keeps what the template's line made of it: it is empty there too (an empty
          // cell is its own digit of the key), so a row reused holds no other line's value in it.
          if (value === undefined) continue;
          if (!(tests[i] as (value: unknown) => boolean)(value)) {
            fit = false;
            break;
          }
          row[field] = value;
        }
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
