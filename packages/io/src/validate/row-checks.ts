import { checkNationalId, KeyNumbers, type PaymentRow, type RegisterRow } from '@ansinh/core';
import type { RowCheck, RowMemory } from './row-validator.js';
import type { RowIssue } from './table-issues.js';

/** A rule's own tables for a plain memory (a `Map` given by a caller), which has none of its own. */
const beside = new WeakMap<RowMemory, Map<string, unknown>>();

/** The tables a rule keeps over the file, by the rule's name: the memory's own, or beside it. */
function tablesOf(seen: RowMemory): Map<string, unknown> {
  if (seen.own !== undefined) return seen.own;
  let tables = beside.get(seen);
  if (tables === undefined) {
    tables = new Map();
    beside.set(seen, tables);
  }
  return tables;
}

/**
 * A rule that looks back over a file: a value may appear once (in its scope), and a row whose value came
 * before is given `issue` with the line it came on first. Declared, not coded in a `RowCheck`, so that a
 * file read in slices by several threads applies it in file order after (`composeChecks` applies it on one
 * thread, in a file's memory).
 */
export interface OnceRule<T> {
  /** The rule's name: its tables in a file's memory. */
  readonly name: string;
  /** The row's value under the rule, or `undefined` when the rule does not apply to the row. */
  readonly key: (row: T) => string | undefined;
  /** The scope the value is unique in (a payment's period): one table a scope. One scope when absent. */
  readonly scope?: (row: T) => string;
  /**
   * The issue of a row on `line` whose value (`key`, in `scope`) came first on line `earlier`: made from
   * the key and scope alone, so that rows read on another thread get it without their objects.
   */
  readonly issue: (key: string, scope: string, line: number, earlier: number) => RowIssue;
  /**
   * The fields `key` and `scope` read, where each gives one field's value as it is (`row.beneficiaryId`):
   * a row whose key field was left out of it, its cell read as bytes (`composeLineChecks`), has its key
   * set from those bytes. A rule without them is applied to whole rows only.
   */
  readonly fields?: { readonly key: string; readonly scope?: string };
}

/**
 * A line's cells as bytes: the line's buffer, where the cell at a column starts and ends in it, and the
 * column a field is read from (-1 for none).
 */
export interface CellBytes {
  readonly buffer: () => Uint8Array;
  readonly cellStart: (index: number) => number;
  readonly cellEnd: (index: number) => number;
  readonly columnOf: (field: string) => number;
}

/**
 * The size hint of a rule's first table, from its file's memory (`RowMemory.expectedRows`): a file's rows
 * are usually of one scope (a payment list of one month), so only the first scope is made that large.
 */
const firstScopeRows = new WeakMap<Map<string, KeyNumbers>, number>();

/** The tables of a rule in a file's memory, one a scope. */
export function onceTables(seen: RowMemory, name: string): Map<string, KeyNumbers> {
  const tables = tablesOf(seen);
  let scopes = tables.get(name) as Map<string, KeyNumbers> | undefined;
  if (scopes === undefined) {
    scopes = new Map();
    tables.set(name, scopes);
    if (seen.expectedRows !== undefined) firstScopeRows.set(scopes, seen.expectedRows);
  }
  return scopes;
}

/**
 * The line on which a rule's key in its scope came first, having set it to `line` when it is new
 * (`undefined` then): the look-back question with one search (`KeyNumbers.setNew`).
 */
export function firstLineOf(
  scopes: Map<string, KeyNumbers>,
  scope: string,
  key: string,
  line: number,
): number | undefined {
  return scopeLines(scopes, scope).setNew(key, line);
}

/** A scope's table of a rule, made when first asked for. */
function scopeLines(scopes: Map<string, KeyNumbers>, scope: string): KeyNumbers {
  let lines = scopes.get(scope);
  if (lines === undefined) {
    lines = new KeyNumbers(scopes.size === 0 ? firstScopeRows.get(scopes) : undefined);
    scopes.set(scope, lines);
  }
  return lines;
}

/** The look-back rules of checks `composeChecks` made, by check: what `composeLineChecks` needs. */
const composedOf = new WeakMap<
  RowCheck<never>,
  {
    local: RowCheck<never>;
    once: readonly OnceRule<never>[];
    localReads: readonly string[] | undefined;
  }
>();

/** What checks made by wrapping a composed one read (`readingAs`). */
const declaredReads = new WeakMap<RowCheck<never>, readonly string[]>();

/**
 * The fields of a row a check reads, where that is known: a check `composeChecks` made with `localReads`
 * (those, and the fields its look-back rules read, `OnceRule.fields`), or one `readingAs` vouched for.
 * `undefined` otherwise, or when a look-back rule does not say what it reads: every field is then read.
 */
export function checkReads<T>(check: RowCheck<T>): ReadonlySet<string> | undefined {
  const declared = declaredReads.get(check as RowCheck<never>);
  if (declared !== undefined) return new Set(declared);
  const parts = composedOf.get(check as RowCheck<never>);
  if (parts?.localReads === undefined) return undefined;
  const reads = new Set(parts.localReads);
  for (const rule of parts.once) {
    if (rule.fields === undefined) return undefined;
    reads.add(rule.fields.key);
    if (rule.fields.scope !== undefined) reads.add(rule.fields.scope);
  }
  return reads;
}

/**
 * `check`, said to read what `like` reads (`checkReads`): for a check that runs the parts of a composed
 * one another way (its rules on a row's own fields, and notes of the look-back rules' keys for later), so
 * that fields neither reads stay unmade where a lane can leave them so. Nothing is said when what `like`
 * reads is not known (and what was said of `check` before is taken back).
 */
export function readingAs<T>(check: RowCheck<T>, like: RowCheck<T>): RowCheck<T> {
  const reads = checkReads(like);
  // Said again of a check like one whose reads are not known, it is said to read everything.
  if (reads === undefined) declaredReads.delete(check as RowCheck<never>);
  else declaredReads.set(check as RowCheck<never>, [...reads]);
  return check;
}

// Keys of a line read as bytes, decoded only for the issue of a key that came before.
const keyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A list's check (`composeChecks(local, once, localReads)`, found by the check itself, so that what `local`
 * reads is known of the very `local` it runs) for a row whose fields `deferred` were left out of it, their
 * cells read as bytes (field → column): each look-back rule whose key is one of them sets its key from the
 * line's bytes, in the same tables as the whole rows' (so a key met on a row and then on a line is a
 * repeat, and the other way round); the others run as `composeChecks` runs them. `undefined` for a check
 * `composeChecks` did not make, or made without `localReads`, or when `local` reads a deferred field, or a
 * rule that may read one does not say it does not (`OnceRule.fields`), or reads one as its scope.
 */
export function composeLineChecks<T>(
  check: RowCheck<T>,
  deferred: ReadonlyMap<string, number>,
): ((row: T, line: number, seen: RowMemory, cells: CellBytes) => readonly RowIssue[]) | undefined {
  const parts = composedOf.get(check as RowCheck<never>) as
    | { local: RowCheck<T>; once: readonly OnceRule<T>[]; localReads: readonly string[] | undefined }
    | undefined;
  if (parts === undefined || parts.localReads === undefined) return undefined;
  if (parts.localReads.some((field) => deferred.has(field))) return undefined;
  const { local, once } = parts;
  const columns: number[] = [];
  for (const rule of once) {
    if (rule.fields === undefined) return undefined;
    if (rule.fields.scope !== undefined && deferred.has(rule.fields.scope)) return undefined;
    columns.push(deferred.get(rule.fields.key) ?? -1);
  }
  let lastSeen: RowMemory | undefined;
  let lastTables: Map<string, KeyNumbers>[] = [];
  return (row, line, seen, cells) => {
    const own = local(row, line, seen);
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastTables = once.map((rule) => onceTables(seen, rule.name));
    }
    let issues: RowIssue[] | undefined;
    for (let r = 0; r < once.length; r += 1) {
      const rule = once[r] as OnceRule<T>;
      const tables = lastTables[r] as Map<string, KeyNumbers>;
      const column = columns[r] as number;
      let issue: RowIssue | undefined;
      if (column < 0) {
        const key = rule.key(row);
        if (key === undefined) continue;
        issue = onceIssue(rule, tables, key, rule.scope?.(row) ?? '', line);
      } else {
        const scope = rule.scope?.(row) ?? '';
        const bytes = cells.buffer();
        const start = cells.cellStart(column);
        const end = cells.cellEnd(column);
        const earlier = scopeLines(tables, scope).setNewBytes(bytes, start, end, line);
        if (earlier !== undefined)
          issue = rule.issue(keyDecoder.decode(bytes.subarray(start, end)), scope, line, earlier);
      }
      if (issue === undefined) continue;
      issues ??= [...own];
      issues.push(issue);
    }
    return issues ?? own;
  };
}

/**
 * A list's whole check: the rules on a row's own fields, then each look-back rule in order, in the file's
 * memory (`seen`). O(1) expected per rule. `localReads`, where given, names every field `local` reads: the
 * fields it does not read may then stay in a line's bytes for the look-back rules (`composeLineChecks`).
 */
export function composeChecks<T>(
  local: RowCheck<T>,
  once: readonly OnceRule<T>[],
  localReads?: readonly string[],
): RowCheck<T> {
  // The tables of the memory used last (a file's rows come one after another with one memory).
  let lastSeen: RowMemory | undefined;
  let lastTables: Map<string, KeyNumbers>[] = [];
  const check: RowCheck<T> = (row, line, seen) => {
    const own = local(row, line, seen);
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastTables = once.map((rule) => onceTables(seen, rule.name));
    }
    let issues: RowIssue[] | undefined;
    for (let r = 0; r < once.length; r += 1) {
      const rule = once[r] as OnceRule<T>;
      const key = rule.key(row);
      if (key === undefined) continue;
      const issue = onceIssue(
        rule,
        lastTables[r] as Map<string, KeyNumbers>,
        key,
        rule.scope?.(row) ?? '',
        line,
      );
      if (issue === undefined) continue;
      issues ??= [...own];
      issues.push(issue);
    }
    return issues ?? own;
  };
  composedOf.set(check as RowCheck<never>, {
    local: local as RowCheck<never>,
    once: once as readonly OnceRule<never>[],
    localReads,
  });
  return check;
}

/**
 * A look-back rule applied to one row's key in its scope, in a file's tables (`onceTables`): the issue
 * when the key came before, having noted it when it is new. The one place the rule is applied, whether
 * the row was judged on this thread (`composeChecks`) or on another (`mergeSlice`).
 */
export function onceIssue<T>(
  rule: OnceRule<T>,
  tables: Map<string, KeyNumbers>,
  key: string,
  scope: string,
  line: number,
): RowIssue | undefined {
  const earlier = firstLineOf(tables, scope, key, line);
  return earlier === undefined ? undefined : rule.issue(key, scope, line, earlier);
}

/** Every field `registerRowChecks` reads (a test holds it to the rules on any row). */
export const registerRowReads: readonly string[] = ['nationalId', 'birthYear', 'sex', 'since', 'until'];

/**
 * The rules on a register row's own fields: the CCCD must fit its holder's birth year and sex
 * (`checkNationalId`), and a stop date may not precede the start (`stop_before_start`).
 */
export function registerRowChecks(row: RegisterRow, line: number): readonly RowIssue[] {
  let issues: RowIssue[] | undefined;
  if (row.nationalId !== undefined) {
    const misfits = checkNationalId(row.nationalId, row);
    if (misfits.length > 0) issues = misfits.map((issue) => ({ ...issue, row: line, column: 'Số CCCD' }));
  }
  if (row.until !== undefined && row.until < row.since) {
    issues ??= [];
    issues.push({
      row: line,
      column: 'Dừng hưởng từ ngày',
      code: 'stop_before_start',
      params: { since: row.since, until: row.until },
    });
  }
  return issues ?? noIssues;
}

/** A CCCD is one person's (`duplicate_national_id`), and a beneficiary key is listed once (`duplicate_beneficiary`). */
export const registerOnce: readonly OnceRule<RegisterRow>[] = [
  {
    name: 'register.nationalId',
    key: (row) => row.nationalId,
    fields: { key: 'nationalId' },
    issue: (_key, _scope, line, earlier) => ({
      row: line,
      column: 'Số CCCD',
      code: 'duplicate_national_id',
      params: { earlier },
    }),
  },
  {
    name: 'register.id',
    key: (row) => row.id,
    fields: { key: 'id' },
    issue: (id, _scope, line, earlier) => ({
      row: line,
      column: 'Mã đối tượng',
      code: 'duplicate_beneficiary',
      params: { id, earlier },
    }),
  },
];

/**
 * Rules across a register row's fields and rows: `registerRowChecks`, then `registerOnce` (a CCCD and a
 * beneficiary key may appear once).
 */
export const registerChecks: RowCheck<RegisterRow> = composeChecks(
  registerRowChecks,
  registerOnce,
  registerRowReads,
);

/** A beneficiary may be paid once per period (`duplicate_payment`). */
export const paymentOnce: readonly OnceRule<PaymentRow>[] = [
  {
    name: 'payment.period',
    key: (row) => row.beneficiaryId,
    scope: (row) => row.period,
    fields: { key: 'beneficiaryId', scope: 'period' },
    issue: (id, period, line, earlier) => ({
      row: line,
      column: 'Mã đối tượng',
      code: 'duplicate_payment',
      params: { id, period, earlier },
    }),
  },
];

/** A beneficiary may be paid once per period (`duplicate_payment`). */
export const paymentChecks: RowCheck<PaymentRow> = composeChecks(noRowChecks, paymentOnce, []);

const noIssues: readonly RowIssue[] = Object.freeze([]);

/** No rule on a row's own fields (a payment list's rules all look back). */
export function noRowChecks(): readonly RowIssue[] {
  return noIssues;
}
