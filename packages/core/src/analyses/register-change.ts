import { lastDayOf } from '../calendar/months.js';
import { onRegister } from '../coverage/on-register.js';
import type { RegisterRow } from '../models/register-row.js';

/** How a register changed between two months (biến động đối tượng tăng, giảm). */
export interface RegisterChangeSummary {
  readonly from: string;
  readonly to: string;
  /** On the register at the end of `from`. */
  readonly opening: number;
  /** Started after the end of `from`, by the end of `to` (tăng). */
  readonly added: number;
  /** On the register at the end of `from` or added since, and off it by the end of `to` (giảm). */
  readonly stopped: number;
  /** On the register at the end of `to`. */
  readonly closing: number;
  /** Whether opening + added − stopped = closing. */
  readonly holds: boolean;
  /** Rows whose dates break the identity: a stop on or before the start, or a start in the future of a stop. */
  readonly breaking: readonly string[];
}

/**
 * The change of a register between the ends of two months: opening + added − stopped = closing, with the
 * rows that break it (a stop date on or before the start date). O(rows).
 *
 * @example registerChange(district.register, '2024-12', '2025-01').holds; // => true
 */
export function registerChange(
  register: readonly RegisterRow[],
  from: string,
  to: string,
): RegisterChangeSummary {
  const fromEnd = lastDayOf(from);
  const toEnd = lastDayOf(to);
  let opening = 0;
  let added = 0;
  let stopped = 0;
  let closing = 0;
  const breaking: string[] = [];
  for (const row of register) {
    if (row.until !== undefined && row.until <= row.since) breaking.push(row.id);
    const wasOn = onRegister(row, from);
    const isOn = onRegister(row, to);
    const joined = row.since > fromEnd && row.since <= toEnd;
    if (wasOn) opening += 1;
    if (joined) added += 1;
    if ((wasOn || joined) && !isOn) stopped += 1;
    if (isOn) closing += 1;
  }
  return {
    from,
    to,
    opening,
    added,
    stopped,
    closing,
    holds: opening + added - stopped === closing,
    breaking,
  };
}
