import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const ownSet = join(root, 'datasets/extraction-eval');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { print: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A gold set of one page written for this test, with `lines` as its gold.jsonl. */
function goldSet(article: string, lines: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-gold-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '001.txt'), article);
  writeFileSync(join(dir, 'gold.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

const row = (fields: Record<string, unknown>) =>
  JSON.stringify({
    article: '001.txt',
    id: 'T001-1',
    place: 'huyện A',
    level: 'district',
    province: null,
    indicator: 'account_rate',
    group: 'all',
    period: null,
    numerator: 150,
    denominator: 200,
    percent: 75,
    percent_text: '75%',
    qualifier_numerator: 'exact',
    qualifier_denominator: 'exact',
    qualifier_percent: 'exact',
    consistent: true,
    quote: 'đã có 150 người có tài khoản, đạt 75%',
    note: '',
    ...fields,
  });

describe('ansinh eval-extract [DIR]', () => {
  it('scores a page: a figure found whole, figures missed, and extracted figures that match nothing stated', async () => {
    const dir = goldSet(
      'Huyện A có 200 người hưởng trợ cấp hàng tháng; đã có 150 người có tài khoản, đạt 75%. Xã B có 90 người hưởng trợ cấp.',
      [
        row({}),
        row({
          id: 'T001-2',
          place: 'xã B',
          indicator: 'beneficiaries_total',
          numerator: 91,
          denominator: null,
          percent: null,
          consistent: null,
        }),
        row({
          id: 'T001-3',
          place: 'xã C',
          indicator: 'other',
          numerator: 7,
          denominator: null,
          percent: null,
          consistent: null,
        }),
      ],
    );
    const { code, out } = await run('eval-extract', dir, '--lang', 'en', '--json');
    expect(code).toBe(0);
    const score = JSON.parse(out);
    const outcomes = score.pages[0].outcomes.map(
      (o: { gold: { id: string }; outcome: string; differs: string[] }) => [o.gold.id, o.outcome, o.differs],
    );
    expect(outcomes).toEqual([
      ['T001-1', 'whole', []],
      ['T001-2', 'missed', []],
      ['T001-3', 'missed', []],
    ]);
    // 200 and 90 are extracted but stated by no gold figure of this set except 200 (T001-1's denominator).
    expect(score.pages[0].invented).toBe(1);
    expect(score.totals.all).toMatchObject({ gold: 3, whole: 1, missed: 2, extracted: 3 });
    expect(score.consistency).toEqual({ annotated: 1, found: 1, agreed: 1 });
  });

  it('says which field differs for a figure found in part', async () => {
    const dir = goldSet(
      'Huyện A có 200 người hưởng trợ cấp hàng tháng; đã có 150 người có tài khoản, đạt 75%.',
      [row({ place: 'huyện Z' })],
    );
    const { out } = await run('eval-extract', dir, '--lang', 'en');
    expect(out).toContain('T001-1 in part (place)');
    expect(out).toMatch(/all\s+│ 1\s+│ 0\s+│ 1\s+│ 0/u);
  });

  it('prints a table per page and the totals, in Vietnamese by default, on the project’s own gold set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-own-'));
    cpSync(ownSet, dir, { recursive: true });
    const { code, out } = await run('eval-extract', dir);
    expect(code).toBe(0);
    expect(out).toContain('Trang');
    expect(out).toContain('024.txt');
    expect(out).toMatch(/tất cả\s+│ 110/u);
  });

  it('exits 2 naming the file, the line and the field when the gold set is malformed', async () => {
    const dir = goldSet('Huyện A có 200 người.', [
      row({}),
      '{"article": "001.txt"',
      row({ indicator: 'coverage' }),
    ]);
    const { code, err } = await run('eval-extract', dir);
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, 'gold.jsonl')}:2`);
    expect(err).toContain(`${join(dir, 'gold.jsonl')}:3: indicator`);
  });

  it('exits 2 when a gold figure names a page that is not there, or the folder has no gold set', async () => {
    const dir = goldSet('Huyện A có 200 người.', [row({ article: '999.txt' })]);
    const missing = await run('eval-extract', dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('999.txt');
    const none = await run('eval-extract', join(tmpdir(), 'no-such-gold-set'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('gold.jsonl');
  });
});
