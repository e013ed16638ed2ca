import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataset = join(root, 'datasets/published-figures/tien-hai-2025-01.json');

async function run(...argv: string[]) {
  return runIn(undefined, ...argv);
}

async function runIn(columns: number | undefined, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { print: (l) => out.push(l), error: (l) => err.push(l), columns });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function withFigures(edit: (doc: { figures: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(readFileSync(dataset, 'utf8'));
  edit(doc);
  const file = join(mkdtempSync(join(tmpdir(), 'ansinh-')), 'figures.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('ansinh reproduce FILE [--lang vi|en] [--json]', () => {
  it('prints the article’s figures recomputed, in Vietnamese by default, and exits 0', async () => {
    const { code, out } = await run('reproduce', dataset);
    expect(code).toBe(0);
    expect(out).toContain('17.472/17.475 → 99,98%');
    expect(out).toContain('17.328/17.475 → 99,16%');
    expect(out).toContain('99,18%');
    expect(out).toContain('376/376 → 100%');
    expect(out).toContain('trên 900/? → 100%');
    expect(out).toContain('là cận, không kiểm tra chính xác được');
    expect(out).toMatch(/huyện Tiền Hải\s+│ chưa có tài khoản\s+│ lúc đăng bài\s+│ 17\.475 − 17\.472\s+│ 3/);
    expect(out).toMatch(
      /huyện Tiền Hải\s+│ không được chi trả qua tài khoản\s+│ tháng 1\/2025\s+│ 17\.475 − 17\.328\s+│ 147/,
    );
  });

  it('fits the reason column to a terminal’s width', async () => {
    const wide = await run('reproduce', dataset);
    const narrow = await runIn(180, 'reproduce', dataset);
    const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
    expect(widest(wide.out)).toBeGreaterThan(180);
    expect(widest(narrow.out)).toBeLessThanOrEqual(180);
    expect(narrow.out).toContain('17.472/17.475 → 99,98%');
  });

  it('reads every .json file of a folder, as `npm start` does with datasets/published-figures', async () => {
    const { code, out } = await run('reproduce', dirname(dataset));
    expect(code).toBe(0);
    expect(out).toContain('17.328/17.475 → 99,16%');
  });

  it('speaks English with --lang en', async () => {
    const { code, out } = await run('reproduce', dataset, '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('17,472/17,475 → 99.98%');
    expect(out).toContain('a bound, not checkable exactly');
    expect(out).toMatch(
      /Tiền Hải district\s+│ not paid through an account\s+│ 1\/2025\s+│ 17,475 − 17,328\s+│ 147/,
    );
  });

  it('writes machine-readable results with --json', async () => {
    const { code, out } = await run('reproduce', dataset, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    const paid = result.figures.find((f: { id: string }) => f.id === 'tien-hai-paid-through-account-2025-01');
    expect(paid.verdict).toBe('reproduced');
    expect(paid.recomputed).toMatchObject({
      numerator: 17_328,
      denominator: 17_475,
      percent: '99.16',
      rounding: 'half-up',
    });
    expect(result.derived.map((d: { value: number }) => d.value)).toEqual([3, 147, 0]);
    expect(paid.reason.en).toContain('Dividing by account holders (17,472) would print 99.18%, not 99.16%');
  });

  it('exits 1 and names the figure when one that should reproduce does not', async () => {
    const file = withFigures((doc) => {
      const figure = doc.figures.find((f) => f.id === 'tien-hai-account-rate') as {
        percent: Record<string, string>;
      };
      figure.percent = { asStated: '99,50%', value: '99.50', qualifier: 'exact' };
    });
    const { code, err } = await run('reproduce', file);
    expect(code).toBe(1);
    expect(err).toContain('tien-hai-account-rate');
  });

  it('exits 2 naming the file, the field and what was expected when a dataset breaks its schema', async () => {
    const file = withFigures((doc) => {
      (doc.figures[4] as { percent: Record<string, string> }).percent.value = '99,98';
    });
    const { code, err } = await run('reproduce', file, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain(
      `${file}: figures[4].percent.value: cần số thập phân như 99.98, dấu "." ngăn phần thập phân / expected a decimal such as 99.98`,
    );
  });

  it('exits 2 on a missing file, bad JSON, an unknown option or language', async () => {
    expect((await run('reproduce', '/nonexistent/figures.json')).err).toContain(
      '/nonexistent/figures.json: không đọc được tệp (ENOENT) / cannot read file (ENOENT)',
    );
    const bad = join(mkdtempSync(join(tmpdir(), 'ansinh-')), 'bad.json');
    writeFileSync(bad, '{');
    expect(await run('reproduce', bad)).toMatchObject({ code: 2 });
    expect(await run('reproduce', dataset, '--colour')).toMatchObject({ code: 2 });
    expect((await run('reproduce', dataset, '--lang', 'fr')).err).toContain('--lang must be vi or en');
    expect(await run('reproduce')).toMatchObject({ code: 2 });
    expect(await run('frobnicate')).toMatchObject({ code: 2 });
  });

  it('exits 2 naming a folder that holds no .json file, rather than print an empty table', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ansinh-empty-'));
    const texts = mkdtempSync(join(tmpdir(), 'ansinh-texts-'));
    writeFileSync(join(texts, 'page.txt'), 'Huyện A có 200 người hưởng trợ cấp.');
    for (const folder of [empty, texts]) {
      const { code, out, err } = await run('reproduce', folder, '--lang', 'en');
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`${folder}: thư mục không có tệp .json nào để đọc`);
      expect(err).toContain('no .json file to read in this folder');
      expect(err).toContain('[no_input]');
    }
  });

  it('reads a file named twice, or written differently, or also within a folder named, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-twice-'));
    const page = join(dir, 'a.txt');
    writeFileSync(page, 'Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(page, join(dir, 'sub', 'link.txt'));
    const once = JSON.parse((await run('reproduce', page, '--json')).out);
    const again = await run(
      'reproduce',
      page,
      relative(process.cwd(), page),
      join(dir, 'sub', '..', 'a.txt'),
      join(dir, 'sub', 'link.txt'),
      '--json',
    );
    expect(again.code).toBe(0);
    const result = JSON.parse(again.out);
    expect(result.sources).toHaveLength(1);
    expect(result.figures).toHaveLength(once.figures.length);
    expect(result.figures.map((f: { verdict: string }) => f.verdict)).not.toContain('inconsistent');
    const data = await run('reproduce', dataset, dirname(dataset), '--json');
    expect(JSON.parse(data.out).sources).toHaveLength(
      JSON.parse((await run('reproduce', dirname(dataset), '--json')).out).sources.length,
    );
  });

  it('prints no control character of an input: escape sequences in a title, a place or a number are shown', async () => {
    const file = withFigures((doc) => {
      const set = doc as unknown as {
        source: { title: string };
        figures: { locality: { name: string }; numerator?: { asStated: string } }[];
      };
      set.source.title = 'Tiền Hải\u001b]0;pwned\u0007\u001b[2J: chi trả\u009b31m';
      const figure = set.figures[4];
      if (figure?.numerator === undefined) throw new Error('the fixture changed');
      figure.locality.name = 'Tiền\u001b[31m Hải';
      figure.numerator.asStated = '17.472\u0008\u0008\u0008';
    });
    const text = join(mkdtempSync(join(tmpdir(), 'ansinh-')), 'page.txt');
    writeFileSync(
      text,
      'Trang \u001b[31mđỏ\u001b[0m\u0007\u007f\u0085\nHuyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.',
    );
    const { out } = await run('reproduce', file, text);
    expect(out).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(out).toContain('Nguồn: Tiền Hải␛]0;pwned␇␛[2J: chi trả�31m');
    expect(out).toContain('Nguồn: Trang ␛[31mđỏ␛[0m␇␡�');
    expect(out).toContain('17.472␈␈␈/17.475');
    const json = await run('reproduce', file, '--json');
    expect(JSON.parse(json.out).sources[0]).toBe('Tiền Hải\u001b]0;pwned\u0007\u001b[2J: chi trả\u009b31m');
  });
});
