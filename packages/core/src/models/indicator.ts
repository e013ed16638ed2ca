import { z } from 'zod';
import { describe } from './describe.js';

/**
 * The indicators ansinh computes and checks (reference/FACTS.md §2; docs/methodology.md):
 * - `account_rate` (tỷ lệ có tài khoản): beneficiaries holding an account ÷ all monthly beneficiaries;
 * - `paid_through_account_rate` (tỷ lệ chi trả qua tài khoản): beneficiaries paid into an account in a
 *   month ÷ all monthly beneficiaries (headcount);
 * - `paid_through_account_value_share`: dong paid into accounts ÷ dong paid (by value, always labelled);
 * - `transaction_account_ownership`: adults (15+) holding a transaction account ÷ all adults (the
 *   national financial-inclusion indicator of Decision 1813/QĐ-TTg, not a beneficiary rate).
 */
export const indicatorSchema = z
  .enum([
    'account_rate',
    'paid_through_account_rate',
    'paid_through_account_value_share',
    'transaction_account_ownership',
  ])
  .meta(describe('Chỉ số', 'indicator'));

/**
 * Who a count counts (the population of a numerator or denominator):
 * `monthly_beneficiaries` (người hưởng trợ cấp hàng tháng), `account_holders` (người đã có tài khoản),
 * `paid_through_account` (người được chi trả qua tài khoản trong kỳ), `paid_in_cash` (người nhận tiền mặt),
 * or `other` (people reviewed, verified, without an account, an increase: a published figure says which in
 * its `topic`).
 */
export const populationSchema = z
  .enum(['monthly_beneficiaries', 'account_holders', 'paid_through_account', 'paid_in_cash', 'other'])
  .meta(describe('Nhóm người được đếm', 'population counted'));

export type Indicator = z.infer<typeof indicatorSchema>;
export type Population = z.infer<typeof populationSchema>;
