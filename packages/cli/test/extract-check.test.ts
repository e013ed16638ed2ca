import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataset = join(root, 'datasets/published-figures/tien-hai-2025-01.json');
const unitsFile = join(root, 'datasets/admin-units/tien-hai-units.json');

/** The article's sentences as the dataset records them, with a dateline and page furniture around them. */
const articleFile = (() => {
  const set = JSON.parse(readFileSync(dataset, 'utf8')) as { figures: { quotes: string[] }[] };
  const text = [
    'Tiền Hải: chi trả không dùng tiền mặt (13.09.2024 | 18:13 PM)',
    ...new Set(set.figures.flatMap((f) => f.quotes)),
    'Tin cùng chuyên mục',
    '- Huyện Kiến Xương có 12.000 người hưởng trợ cấp; đã có 11.000 người có tài khoản, đạt 91,67%.',
  ].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'ansinh-text-')), 'article.txt');
  writeFileSync(file, text);
  return file;
})();

describe('ansinh check CLAIM', () => {
  it('explains the 99,18% counterfactual and exits 1', async () => {
    const { code, out } = await run('check', '17.328/17.472 = 99,16%');
    expect(code).toBe(1);
    expect(out).toContain('không nhất quán');
    expect(out).toContain('17.328 / 17.472 = 99,17582…% → 99,18%');
    expect(out).toContain('mẫu số phải từ 17.474 đến 17.475 mới cho ra 99,16%');
  });

  it('reads “17328 of 17475 is 99.16%” in English and exits 0', async () => {
    const { code, out } = await run('check', '17328 of 17475 is 99.16%', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toBe(
      'consistent: Numerator: 17,328; denominator: 17,475. 17,328 / 17,475 = 99.15879…% → 99.16% (round half up).',
    );
  });

  it('brackets a missing numerator and a bound, and takes another presumed rounding', async () => {
    expect((await run('check', '?/17.475 = 99,98%')).out).toContain(
      'tử số từ 17.471 đến 17.472 cho ra 99,98%',
    );
    expect(await run('check', 'trên 900/? = 100%')).toMatchObject({ code: 0 });
    const truncated = await run('check', '17.328/17.475 = 99,15%', '--rounding', 'down', '--json');
    expect(JSON.parse(truncated.out).verdict).toBe('consistent');
  });

  it('exits 2 on a claim it cannot read or a bad option', async () => {
    const bad = await run('check', 'about ninety');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('expected NUMERATOR/DENOMINATOR = PERCENT');
    expect(await run('check', '1/2 = 50%', '--rounding', 'nearest')).toMatchObject({ code: 2 });
    expect(await run('check')).toMatchObject({ code: 2 });
  });
});

describe('ansinh extract FILE|-', () => {
  it('prints the article’s eight figures with the words they came from, nothing from the page furniture', async () => {
    const { code, out } = await run('extract', articleFile, '--units', unitsFile);
    expect(code).toBe(0);
    expect(out).toContain('Số liệu tìm thấy: 8');
    expect(out).toContain('17.328/17.475 → 99,16%');
    expect(out).toContain('trên 900/? → 100%');
    expect(out).not.toContain('Kiến Xương');
  });

  it('writes a figure set that ansinh reproduce reads back, with offsets into the text', async () => {
    const { code, out } = await run('extract', articleFile, '--units', unitsFile, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      figures: { spans: { start: number; end: number; text: string }[] }[];
    };
    const text = readFileSync(articleFile, 'utf8');
    for (const figure of result.figures) {
      for (const span of figure.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'ansinh-extracted-')), 'figures.json');
    writeFileSync(file, out);
    const again = await run('reproduce', file, '--units', unitsFile, '--json');
    expect(again.code).toBe(0);
  });

  it('records the page’s own address, title, date and language as the source of what it extracts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ansinh-page-')), 'page.txt');
    writeFileSync(
      file,
      [
        'https://example.vn/en/society/district-b-goes-cashless-123.html',
        'District B pays allowances without cash',
        '',
        ' date 2025-03-14',
        'In B district, 1,250 out of 1,600 beneficiaries receive their allowances via personal accounts, reaching 78.1%.',
      ].join('\r\n'),
    );
    const { code, out } = await run('extract', file, '--json');
    expect(code).toBe(0);
    const { source } = JSON.parse(out) as { source: Record<string, unknown> };
    expect(source).toMatchObject({
      url: 'https://example.vn/en/society/district-b-goes-cashless-123.html',
      title: 'District B pays allowances without cash',
      publishedOn: '2025-03-14',
      language: 'en',
      label: 'unconfirmed',
    });
  });

  it('reads standard input with -', () => {
    const bin = join(root, 'packages/cli/src/bin.ts');
    const out = execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      ['--conditions=@ansinh/source', bin, 'extract', '-', '--lang', 'en'],
      {
        input: 'Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.',
        encoding: 'utf8',
      },
    );
    expect(out).toContain('Figures found: 2');
    expect(out).toContain('150/200 → 75%');
  });

  it('exits 2 on an unreadable file', async () => {
    const { code, err } = await run('extract', '/nonexistent/article.txt');
    expect(code).toBe(2);
    expect(err).toContain(
      '/nonexistent/article.txt: không đọc được tệp (ENOENT) / cannot read file (ENOENT)',
    );
  });
});

describe('ansinh reproduce TEXT', () => {
  it('gives the same verdicts on the text as the main job on the dataset', async () => {
    const fromText = JSON.parse((await run('reproduce', articleFile, '--units', unitsFile, '--json')).out);
    const fromData = JSON.parse((await run('reproduce', dataset, '--units', unitsFile, '--json')).out);
    const verdicts = (r: { figures: { verdict: string }[] }) => r.figures.map((f) => f.verdict);
    expect(verdicts(fromText)).toEqual(verdicts(fromData));
    expect(fromText.derived.map((d: { value: number }) => d.value)).toEqual([3, 147, 0]);
  });
});

describe('ansinh check CLAIM: the forms researchers meet', () => {
  it('reads “1.234 trên 5.678 là 21,7%”: after a number, “trên” is “out of”', async () => {
    const { code, out } = await run('check', '1.234 trên 5.678 là 21,7%');
    expect(code).toBe(0);
    expect(out).toContain('1.234 / 5.678 = 21,7330…% → 21,7%');
  });

  it('checks a percent stated with a qualifier against exact counts, both ways', async () => {
    expect(await run('check', '1.750/2.000 = hơn 85,7%')).toMatchObject({ code: 0 });
    const wrong = await run('check', '1.600/2.000 = hơn 85,7%', '--lang', 'en');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('The counts give a rate of 80%, which is not “over 85.7%”');
  });

  it('reads “trên 900” up to the next unit of its last digit, and shows the reading without an upper bound', async () => {
    const { code, out } = await run('check', 'trên 900/? = 100%', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('numerator 901 to 999');
    expect(out).toContain('The stated counts leave infinitely many pairs open');
  });

  it('says a percent over 100 cannot be a share of people', async () => {
    const { code, out } = await run('check', '150/100 = 150%', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('150% is over 100%');
  });

  it('refuses counts beyond 2^53 − 1 and percents of more than 20 decimals with exit 2, never a stack trace', async () => {
    const huge = await run('check', '99999999999999999999/100000000000000000000 = 99,99%');
    expect(huge.code).toBe(2);
    expect(huge.err).toContain('2^53');
    expect(huge.err).not.toMatch(/at \w+ \(/u);
    const fine = await run('check', '1/3 = 33,333333333333333333333%');
    expect(fine.code).toBe(2);
    expect(fine.err).toContain('20 decimals');
  });
});

describe('ansinh reproduce TEXT exits 1 on an inconsistent figure, as check does', () => {
  it('fails a text whose percent does not follow from its counts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ansinh-text-')), 'wrong.txt');
    writeFileSync(file, 'Huyện A có 452 người hưởng trợ cấp, trong đó 418 người đã có tài khoản, đạt 93,5%.');
    const { code, err } = await run('reproduce', file, '--lang', 'en');
    expect(code).toBe(1);
    expect(err).toContain('inconsistent');
  });
});
