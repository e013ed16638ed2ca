import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedPercent } from '../src/read-gold-set.js';
import { run } from './run-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const ownSet = join(root, 'datasets/extraction-eval');

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
          percent_text: null,
          consistent: null,
        }),
        row({
          id: 'T001-3',
          place: 'xã C',
          indicator: 'other',
          numerator: 7,
          denominator: null,
          percent: null,
          percent_text: null,
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

  describe('a gold set written by hand is checked line by line, each problem as data with exit 2', () => {
    const article = 'Huyện A có 200 người hưởng trợ cấp hàng tháng; đã có 150 người có tài khoản, đạt 75%.';
    const check = async (lines: readonly string[]) => {
      const dir = goldSet(article, lines);
      const result = await run('eval-extract', dir);
      return { ...result, gold: join(dir, 'gold.jsonl') };
    };

    it('names an id used twice, with the line that used it first', async () => {
      const { code, err, gold } = await check([row({}), row({ id: 'T001-2' }), row({})]);
      expect(code).toBe(2);
      expect(err).toBe(
        `${gold}:3: id: mã "T001-1" đã dùng ở dòng 1; mỗi số liệu cần một mã riêng / id "T001-1" is already used on line 1; expected an id of its own for each figure [duplicate_id]`,
      );
    });

    it('names a quote that is not in its article', async () => {
      const { code, err, gold } = await check([row({ quote: 'đã có 151 người có tài khoản' })]);
      expect(code).toBe(2);
      expect(err).toContain(`${gold}:1: quote: câu trích không có trong 001.txt`);
      expect(err).toContain(
        'the quote is not in 001.txt; expected a verbatim part of the article [quote_not_in_article]',
      );
    });

    it('takes a quote in decomposed Unicode (NFD) as the same words', async () => {
      const { code } = await check([
        row({ quote: 'đã có 150 người có tài khoản, đạt 75%'.normalize('NFD') }),
      ]);
      expect(code).toBe(0);
    });

    it('names a negative or fractional count, field by field', async () => {
      const { code, err, gold } = await check([
        row({ numerator: -150 }),
        row({ id: 'T001-2', denominator: 200.5 }),
      ]);
      expect(code).toBe(2);
      expect(err).toContain(`${gold}:1: numerator: cần một số nguyên không âm`);
      expect(err).toContain('expected a whole number of at least 0 (people, dong), not -150 [not_a_count]');
      expect(err).toContain(`${gold}:2: denominator:`);
      expect(err).toContain('not 200.5');
    });

    it('names a percent that is not the number its percent_text prints, or given without it', async () => {
      const { code, err, gold } = await check([
        row({ percent: 57 }),
        row({ id: 'T001-2', percent_text: null }),
        row({ id: 'T001-3', percent: null }),
      ]);
      expect(code).toBe(2);
      expect(err).toContain(
        `${gold}:1: percent: percent là 57 nhưng percent_text là "75%"; cần cùng một số (64,70% → 64.7), hoặc cả hai là null / percent is 57 but percent_text is "75%"`,
      );
      expect(err).toContain(`${gold}:2: percent: percent là 75 nhưng percent_text là null`);
      expect(err).toContain(`${gold}:3: percent: percent là null nhưng percent_text là "75%"`);
    });

    it('names an empty gold file, and one of blank lines only', async () => {
      for (const lines of [[], ['', '  ']]) {
        const { code, err, gold } = await check(lines);
        expect(code).toBe(2);
        expect(err).toContain(`${gold}: bộ chú giải rỗng`);
        expect(err).toContain(
          'the gold set is empty: expected one JSON object per line, one line per figure [empty_gold]',
        );
      }
    });

    it('names an article that is not in articles/, with the line and the field', async () => {
      const { code, err, gold } = await check([row({ article: '002.txt' })]);
      expect(code).toBe(2);
      expect(err).toContain(`${gold}:1: article: bài 002.txt không có trong`);
      expect(err).toContain('article 002.txt is not in');
      expect(err).toContain('expected the name of a .txt file there [unknown_article]');
    });

    it('reads a gold file and an article that start with a UTF-8 byte-order mark', async () => {
      const dir = goldSet(`\ufeff${article}`, []);
      writeFileSync(join(dir, 'gold.jsonl'), `\ufeff${row({})}\r\n`);
      const { code, out } = await run('eval-extract', dir, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(out).totals.all).toMatchObject({ gold: 1, whole: 1 });
    });

    it('refuses a gold file that is not UTF-8, naming the byte and its offset', async () => {
      const dir = goldSet(article, []);
      writeFileSync(
        join(dir, 'gold.jsonl'),
        Buffer.from([0x7b, 0x22, 0x70, 0x6c, 0x61, 0x63, 0x65, 0x22, 0x3a, 0x22, 0xea]),
      );
      const { code, err } = await run('eval-extract', dir);
      expect(code).toBe(2);
      expect(err).toContain(`${join(dir, 'gold.jsonl')}: không phải văn bản UTF-8 (byte 0xEA ở vị trí 10`);
    });

    it('accepts the gold sets the project keeps', async () => {
      for (const name of [
        'extraction-eval',
        'extraction-heldout',
        'extraction-blind',
        'extraction-blind-2',
        'extraction-blind-3',
      ]) {
        const dir = mkdtempSync(join(tmpdir(), 'ansinh-own-'));
        cpSync(join(root, 'datasets', name), dir, { recursive: true });
        const { code, err } = await run('eval-extract', dir, '--json');
        expect({ name, code, err }).toEqual({ name, code: 0, err: '' });
      }
    });
  });
});

describe('printedPercent(text)', () => {
  it('reads the number a percent prints, with a comma, a point or a colon as decimal mark', () => {
    expect(printedPercent('62,20%')).toBe(62.2);
    expect(printedPercent('99.46%')).toBe(99.46);
    expect(printedPercent('99:46%')).toBe(99.46);
    expect(printedPercent('73.2 per cent')).toBe(73.2);
    expect(printedPercent('6,2 điểm phần trăm')).toBe(6.2);
    expect(printedPercent('100')).toBe(100);
    expect(printedPercent('gần hết')).toBeUndefined();
  });
});
