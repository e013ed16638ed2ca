import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { createColumnarBuilder } from './columnar-builder.js';
import type { ColumnarRegister } from './columnar-register.js';

/**
 * Moves a register and its payment lists from rows into columns, for the analyses at scale:
 * `columnarCoverageRates` on the result gives exactly what `coverageRates` gives on the rows (a test checks
 * it on the calibrated district, every month, by commune and by province). Only paid payments of the
 * months `from` … `to` are kept. `provinceOf` gives each commune's province. O(rows + payments).
 *
 * @example toColumnar(district.register, district.payments, '2024-07', '2025-06').size === district.register.length; // => true
 */
export function toColumnar(
  register: readonly RegisterRow[],
  payments: readonly PaymentRow[],
  from: string,
  to: string,
  options: { readonly provinceOf?: (communeCode: string) => string } = {},
): ColumnarRegister {
  const builder = createColumnarBuilder({ from, to, ...options });
  builder.addRegister(register);
  builder.addPayments(payments);
  return builder.finish();
}
