import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

describe('market-reaction chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mr-chart-'));

  it('writes the seed reaction chart as PNG at the requested width', async () => {
    const { io } = capture();
    const file = join(dir, 'reaction.png');
    expect(await runCli(['chart', 'reaction', '--out', file, '--width', '640'], io)).toBe(0);
    expect(readFileSync(file).readUInt32BE(16)).toBe(640);
  });

  it("an article chart takes --published and --source: the story's date and publication, not \"on the day\" and its file name", async () => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Samsung Electronics shares ended up 1.95% on Tuesday, leading the wider market’s gain of 1.05%.\n');
    const plain = capture();
    expect(await runCli(['chart', 'reaction', story, '--format', 'json'], plain.io)).toBe(0);
    expect([JSON.parse(plain.out.join('')).title.text].flat().join(' ')).toContain('on the day');
    const dated = capture();
    expect(await runCli(['chart', 'reaction', story, '--published', '2019-08-20', '--source', 'My paper', '--format', 'json'], dated.io)).toBe(0);
    const { title } = JSON.parse(dated.out.join(''));
    // published Tuesday 2019-08-20: "on Tuesday" is that day
    expect([title.text].flat().join(' ')).toContain('on 2019-08-20');
    expect([title.subtitle].flat().join(' ')).toContain('Source: My paper, 2019-08-20');
  });

  it('refuses, in one line, an option the chart does not use', async () => {
    const window = capture();
    expect(await runCli(['chart', 'reaction', '--window', '-1,1'], window.io)).toBe(2);
    expect(window.err.join('')).toMatch(/^market-reaction: chart reaction: --window does not apply to article charts .*\(it applies to ar-car, caar\)/);
    const facts = capture();
    expect(await runCli(['chart', 'timeline', '--facts', 'f.json'], facts.io)).toBe(2);
    expect(facts.err.join('')).toMatch(/--facts does not apply to this chart/);
    const noArticle = capture();
    expect(await runCli(['chart', 'spread', '--facts', 'f.json'], noArticle.io)).toBe(2);
    expect(noArticle.err.join('')).toMatch(/--facts needs the ARTICLE/);
  });

  it('prints the spec as JSON and the SVG to standard output', async () => {
    const json = capture();
    expect(await runCli(['chart', 'conversion', '--format', 'json'], json.io)).toBe(0);
    expect([JSON.parse(json.out.join('')).title.text].flat().join(' ')).toContain('1 trillion KRW = 828.55 million USD');
    const svg = capture();
    expect(await runCli(['chart', 'beta'], svg.io)).toBe(0);
    expect(svg.out.join('')).toMatch(/^<svg/);
  });

  it('draws a timeline from two price files, event marked', async () => {
    // Closes from data/real/SOURCES.md (Samsung 43600 → 44450, KOSPI 1939.90 → 1960.25).
    writeFileSync(join(dir, 's.csv'), 'Date,Close\n2019-08-16,43900\n2019-08-19,43600\n2019-08-20,44450\n');
    writeFileSync(join(dir, 'k.csv'), 'Date,Close\n2019-08-16,1927.17\n2019-08-19,1939.90\n2019-08-20,1960.25\n');
    const { io } = capture();
    const file = join(dir, 't.html');
    const code = await runCli(['chart', 'timeline', '--stock', join(dir, 's.csv'), '--market', join(dir, 'k.csv'), '--stock-name', 'Samsung', '--event', '2019-08-20=Export approval', '--out', file], io);
    expect(code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Samsung and k indexed to 100 on 2019-08-19');
  });

  it('draws AR/CAR and CAAR charts from an event study on price files', async () => {
    // Synthetic business-day prices (deterministic): stock returns = 1.2 × market returns + noise.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const rows: string[][] = [['Date,Close'], ['Date,Close']];
    let [market, stock] = [100, 50];
    for (let day = 0, date = Date.UTC(2019, 0, 1); day < 320; date += 86_400_000) {
      if ([0, 6].includes(new Date(date).getUTCDay())) continue;
      const r = random() * 0.02;
      market *= 1 + r;
      stock *= 1 + 1.2 * r + random() * 0.01;
      const iso = new Date(date).toISOString().slice(0, 10);
      rows[0].push(`${iso},${market.toFixed(4)}`);
      rows[1].push(`${iso},${stock.toFixed(4)}`);
      day += 1;
    }
    writeFileSync(join(dir, 'market.csv'), rows[0].join('\n'));
    writeFileSync(join(dir, 'acme.csv'), rows[1].join('\n'));
    const common = ['--stock', join(dir, 'acme.csv'), '--market', join(dir, 'market.csv'), '--format', 'json'];
    const one = capture();
    expect(await runCli(['chart', 'ar-car', ...common, '--event', '2020-02-03'], one.io), one.err.join('')).toBe(0);
    expect([JSON.parse(one.out.join('')).title.text].flat().join(' ')).toBe('Abnormal return of acme around 2020-02-03 (%)');
    const many = capture();
    expect(await runCli(['chart', 'caar', ...common, '--event', '2020-01-15', '--event', 'acme@2020-02-03', '--window', '-3,3'], many.io), many.err.join('')).toBe(0);
    expect(JSON.parse(many.out.join('')).title.text).toBe('Cumulative average abnormal return of 2 events (%)');
    const bad = capture();
    expect(await runCli(['chart', 'caar', ...common, '--event', 'other@2020-02-03'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/no --stock file named "other"/);
  });

  it('fails with one line and the right exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['chart'], 2, /missing the chart name/],
      [['chart', 'pie'], 2, /no chart "pie"/],
      [['chart', 'reaction', '--format', 'gif'], 2, /unknown format "gif"/],
      [['chart', 'reaction', '--format', 'png'], 2, /needs --out/],
      [['chart', 'reaction', '--format', 'svg', '--width', '10'], 2, /png only/],
      [['chart', 'reaction', '--bogus'], 2, /Unknown option/],
      [['chart', 'timeline', '--stock', join(dir, 'missing.csv'), '--market', join(dir, 'missing.csv')], 1, /missing\.csv: price file not found/],
      [['chart', 'reaction', join(dir, 'missing.txt')], 1, /missing\.txt/],
    ];
    for (const [args, exit, message] of cases) {
      const { io, err } = capture();
      expect(await runCli(args, io), args.join(' ')).toBe(exit);
      expect(err.join('\n')).toMatch(message);
      expect(err.join('\n')).not.toContain('\n    at ');
    }
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
