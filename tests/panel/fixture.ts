// A small deterministic synthetic panel (prices of a market and a few stocks on weekdays), written as CSV files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticPanel {
  days: string[];
  market: number[];
  stocks: { name: string; prices: (number | null)[] }[];
  events: { ticker: string; date: string; id: string }[];
}

/** Park–Miller LCG with Box–Muller normals: the same panel on every run. */
export function syntheticPanel(stockCount = 6, dayCount = 700, eventCount = 40, seed = 12345): SyntheticPanel {
  let state = seed;
  const u = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const n = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const days: string[] = [];
  for (let t = Date.UTC(2015, 0, 1); days.length < dayCount; t += 86400000) if (new Date(t).getUTCDay() % 6 !== 0) days.push(new Date(t).toISOString().slice(0, 10));
  const m = days.map(() => 0.0003 + 0.01 * n());
  let level = 100;
  const market = m.map((r) => (level *= 1 + r));
  const stocks = Array.from({ length: stockCount }, (_, s) => {
    let p = 50;
    const beta = 0.5 + u();
    // Stock T3 misses every 37th day (gaps the alignment must handle).
    return { name: `T${s}`, prices: m.map((r, t) => ((p *= 1 + 0.0002 + beta * r + 0.015 * n()), s === 3 && t % 37 === 5 ? null : p)) };
  });
  const events = Array.from({ length: eventCount }, (_, k) => ({ ticker: `T${k % stockCount}`, date: days[300 + Math.floor(u() * (dayCount - 310))], id: `e${k}` }));
  return { days, market, stocks, events };
}

/** Writes long.csv (date,ticker,close), wide.csv, market.csv, events.csv and a folder of per-ticker files; returns their paths. */
export function writePanelFiles(dir: string, panel: SyntheticPanel) {
  const long = ['date,ticker,close'];
  for (const s of panel.stocks) panel.days.forEach((d, t) => s.prices[t] !== null && long.push(`${d},${s.name},${s.prices[t]}`));
  const wide = [`date,${panel.stocks.map((s) => s.name).join(',')}`, ...panel.days.map((d, t) => `${d},${panel.stocks.map((s) => s.prices[t] ?? '').join(',')}`)];
  const files = { long: join(dir, 'long.csv'), wide: join(dir, 'wide.csv'), market: join(dir, 'market.csv'), events: join(dir, 'events.csv'), folder: join(dir, 'tickers') };
  writeFileSync(files.long, `${long.join('\n')}\n`);
  writeFileSync(files.wide, `${wide.join('\n')}\n`);
  writeFileSync(files.market, `date,close\n${panel.days.map((d, t) => `${d},${panel.market[t]}`).join('\n')}\n`);
  writeFileSync(files.events, `ticker,date,id\n${panel.events.map((e) => `${e.ticker},${e.date},${e.id}`).join('\n')}\n`);
  return files;
}
