// End to end: the offline HTML report opened in headless Chromium (Debian's, driven by playwright-core).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { run } from './run-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const browserPath = findChromium();

describe('ansinh report', () => {
  it('writes a page that renders every chart in headless Chromium, logs no error and requests nothing', async () => {
    if (browserPath === undefined) {
      throw new Error(
        "No Chromium or Chrome found (ANSINH_CHROMIUM, CHROME_PATH, PATH, the usual places). `npm test` installs Debian's when run as root; otherwise `apt-get install -y chromium`, or set ANSINH_CHROMIUM to a Chrome.",
      );
    }
    const file = join(mkdtempSync(join(tmpdir(), 'ansinh-report-')), 'report.html');
    expect(await run('report', '--out', file, '--lang', 'vi')).toMatchObject({ code: 0 });
    const browser = await chromium.launch({
      executablePath: browserPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      const charts = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          id: figure.id,
          marks: figure.querySelectorAll('svg .marks, svg path, svg text').length,
          width: figure.querySelector('svg')?.getBoundingClientRect().width ?? 0,
        })),
      );
      expect(charts.map((c) => c.id)).toEqual(['funnel', 'by-commune', 'progression', 'published']);
      for (const chart of charts) {
        expect(chart.marks, chart.id).toBeGreaterThan(10);
        expect(chart.width, chart.id).toBeGreaterThan(100);
      }
      expect(await page.textContent('body')).toContain('147 người không được chi trả qua tài khoản');
      expect(problems).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
      mkdirSync(join(root, '.tmp'), { recursive: true });
      await page.screenshot({ path: join(root, '.tmp', 'report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('exits 2 when only one of --register and --payments is given', async () => {
    expect(await run('report', '--register', 'x.csv')).toMatchObject({ code: 2 });
  });
});
