import { dayNumber, lastDayOf } from '../calendar/months.js';
import { monthIndexOf } from './columnar-coverage.js';
import type { ColumnarRegister } from './columnar-register.js';
import { columnarRules } from './columnar-rules.js';

/** The residual lists of a month, as row indices of the register, in commune order then register order. */
export interface ColumnarResidual {
  readonly month: string;
  /** On the register with no account at the end of the month. */
  readonly withoutAccount: Uint32Array;
  /** On the register and not paid through an account in the month (includes those without one). */
  readonly notPaidThroughAccount: Uint32Array;
}

/**
 * Who a commune officer should visit, at national scale: the rows of people on the register at the end of
 * the month who hold no account, and of those not paid through one, grouped by commune (a counting sort,
 * no string comparisons). The same people as `residualLists` on the rows (a test checks it); names,
 * villages and outreach flags are in the register rows these indices point to (`beneficiaryIdAt`).
 * O(size + communes).
 *
 * @example columnarResidual(synthesizeColumnar({ beneficiaries: 1000, communes: 10, seed: 1 }), '2025-01').month; // => '2025-01'
 */
export function columnarResidual(register: ColumnarRegister, month: string): ColumnarResidual {
  const m = monthIndexOf(register, month, 'columnarResidual');
  const channel = register.channel[m] ?? new Uint8Array(register.size);
  const end = dayNumber(lastDayOf(month));
  const n = register.communes.length;
  const { sinceDay, untilDay, accountDay, commune } = register;
  // First pass: how many of each list in each commune; second: place each row at its commune's offset.
  const noAccount = new Uint32Array(n + 1);
  const notPaid = new Uint32Array(n + 1);
  const flags = new Uint8Array(register.size);
  const { onRegister, holdsAccount } = columnarRules();
  for (let i = 0; i < register.size; i += 1) {
    if (!onRegister(sinceDay, untilDay, accountDay, i, end)) continue;
    const c = (commune[i] as number) + 1;
    if (!holdsAccount(sinceDay, untilDay, accountDay, i, end)) {
      flags[i] = 1;
      noAccount[c] = (noAccount[c] as number) + 1;
    }
    if (((channel[i] as number) & 3) !== 1) {
      flags[i] = (flags[i] as number) | 2;
      notPaid[c] = (notPaid[c] as number) + 1;
    }
  }
  for (let c = 1; c <= n; c += 1) {
    noAccount[c] = (noAccount[c] as number) + (noAccount[c - 1] as number);
    notPaid[c] = (notPaid[c] as number) + (notPaid[c - 1] as number);
  }
  const withoutAccount = new Uint32Array(noAccount[n] as number);
  const notPaidThroughAccount = new Uint32Array(notPaid[n] as number);
  for (let i = 0; i < register.size; i += 1) {
    const f = flags[i] as number;
    if (f === 0) continue;
    const c = commune[i] as number;
    if ((f & 1) !== 0) {
      withoutAccount[noAccount[c] as number] = i;
      noAccount[c] = (noAccount[c] as number) + 1;
    }
    if ((f & 2) !== 0) {
      notPaidThroughAccount[notPaid[c] as number] = i;
      notPaid[c] = (notPaid[c] as number) + 1;
    }
  }
  return { month, withoutAccount, notPaidThroughAccount };
}
