import type { Operand, Rule, RuleParams } from '@ansinh/core';
import { canonicalHeader, canonicalLabels } from '../write/write-register.js';
import { sqlName, sqlText } from './duckdb-session.js';

/**
 * A rule of @ansinh/core (`coverageRules`) as an SQL condition over files in the canonical form: each
 * field becomes its canonical column, each coded value the label the canonical form writes (`paid` is
 * `'Đã chi'`), each parameter the month's text. So DuckDB counts by the very rules the rows do.
 *
 * @example ruleSql(coverageRules.throughAccount, { period: '2025-01', monthEnd: '2025-01-31' }); // => "(\"Hình thức chi trả\" = 'Qua tài khoản')"
 */
export function ruleSql(rule: Rule, params: RuleParams, table?: string): string {
  const column = (field: string) =>
    `${table === undefined ? '' : `${table}.`}${sqlName(canonicalHeader(field))}`;
  if ('all' in rule) return `(${rule.all.map((r) => ruleSql(r, params, table)).join(' AND ')})`;
  if ('any' in rule) return `(${rule.any.map((r) => ruleSql(r, params, table)).join(' OR ')})`;
  if ('absent' in rule) return `(${column(rule.absent)} IS NULL OR ${column(rule.absent)} = '')`;
  if ('present' in rule) return `(${column(rule.present)} IS NOT NULL AND ${column(rule.present)} <> '')`;
  const fieldOf = (operand: Operand) => ('field' in operand ? operand.field : undefined);
  const side = (operand: Operand, other: Operand): string => {
    if ('field' in operand) return column(operand.field);
    if ('param' in operand) return sqlText(params[operand.param]);
    const field = fieldOf(other);
    const label = field === undefined ? undefined : canonicalLabels[field]?.[operand.value];
    return sqlText(label ?? operand.value);
  };
  const operator = rule.compare === '=' ? '=' : rule.compare;
  return `(${side(rule.left, rule.right)} ${operator} ${side(rule.right, rule.left)})`;
}
