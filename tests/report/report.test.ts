import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventStudy, readPriceFile, writeStudyReport } from '../../src/index';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

describe('event-study report', () => {
  const aapl = readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv', { name: 'AAPL "<b>"' });
  const sp500 = readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv', { name: 'S&P 500' });
  const study = eventStudy(
    { market: sp500, events: ['2014-04-24', '2015-07-22', '2016-04-27'].map((date) => ({ stock: aapl, date })) },
    { carWindows: [[0, 0]] },
  );

  it('states every test with its distribution, stars and legend, and escapes names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-report-'));
    try {
      const written = await writeStudyReport(study, { dir, stocks: [aapl], market: sp500 });
      expect(written[0]).toBe(join(dir, 'report.html'));
      const html = readFileSync(written[0], 'utf8');
      expect(html).toContain('AAPL &quot;&lt;b&gt;&quot;');
      expect(html).not.toContain('<b>"');
      for (const t of study.aggregate.tests) expect(html).toContain(`<div class="sub">${t.name}</div>`);
      expect(html).toContain('CAAR [0, 0]');
      expect(html).toMatch(/<td class="stars">\*{1,3}<\/td>/);
      expect(html).toContain('days dropped');
      expect(written.filter((f) => f.endsWith('.png'))).toHaveLength(4); // CAAR + three events
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  if (!CHROMIUM) console.warn('tests/report/report.test.ts: /usr/bin/chromium not found: skipping the PDF print test');
  it.skipIf(!CHROMIUM)('prints to PDF in headless Chromium with the network off (needs /usr/bin/chromium)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-report-'));
    try {
      await writeStudyReport(study, { dir });
      const pdf = join(dir, 'report.pdf');
      execFileSync(
        CHROMIUM!,
        ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${join(dir, 'profile')}`,
          '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(dir, 'report.html')}`],
        { timeout: 90_000, stdio: 'ignore' },
      );
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // A4 pages (595 × 842 pt), several of them.
      expect(bytes.toString('latin1')).toMatch(/MediaBox\s*\[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
      expect(statSync(pdf).size).toBeGreaterThan(50_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
