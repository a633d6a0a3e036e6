// Money amounts and conversions on unlabelled real text: a seeded random draw of ReutersNews106521 articles
// from the 2006-2009 folders only (2010 onward is reserved and never read), excluding every document named in
// eval/real/**/*.jsonl and in eval/real/*/excluded.json (read for their paths only; no sealed text is printed).
//
//   npm run build && node bench/money-sample.mjs --sample 150 --seed 20 > /tmp/sample.txt   # every amount and conversion, with its sentence
//   node bench/money-sample.mjs --spread 3000 --dump /tmp/money-base.json                  # before a change: amounts/conversions of ~3,000 articles
//   node bench/money-sample.mjs --spread 3000 --diff /tmp/money-base.json                  # after: each changed amount/conversion with its context
// Figures with a crown/franc/peso/rupee/dinar word that no amount covers (the article leaves their country open) are
// listed as LEFT OUT and counted.
import { createRequire } from 'node:module';
import { corpusPaths, readArticles, seededRandom } from './reuters-corpus.mjs';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extractMarketFacts } = require('../dist/index.js');

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/** Paths of every document used by an evaluation set (labelled or excluded), from their source fields only. */
function usedPaths() {
  const used = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) used.add(JSON.parse(line).source?.path);
      } else if (name === 'excluded.json') {
        for (const entry of JSON.parse(readFileSync(path, 'utf8'))) used.add(Array.isArray(entry) ? entry[1] : entry?.path ?? entry);
      }
    }
  };
  walk(join(root, 'eval', 'real'));
  return used;
}

function candidates() {
  const used = usedPaths();
  return corpusPaths().filter((p) => !used.has(p));
}


const context = (text, q) => text.slice(Math.max(0, q.start - 100), q.end + 60).replace(/\s+/g, ' ');
const money = (m) => `${m.value} ${m.currency}`;

/** Figures with a currency-family word whose default the article may withhold (data/currency-words.json `cues`). */
const FAMILY_FIGURE = /\d(?:[ -](?:million|billion|mln|bln|crore|lakh))?[ -](?:crowns?|kronor|krona|francs?|pesos?|rupees?|dinars?)\b/gi;
let leftOut = 0;

/** One line per amount and conversion: key (for the diff) → printed line. Counts family figures no amount covers. */
function itemsOf(article) {
  const facts = extractMarketFacts(article.text, { published: article.published });
  const items = {};
  for (const m of article.text.matchAll(FAMILY_FIGURE)) {
    if (!facts.amounts.some((a) => a.quote.start <= m.index + 1 && a.quote.end >= m.index + m[0].length)) {
      leftOut += 1;
      items[`L ${m.index}`] = `LEFT OUT (currency unknown in this article) «${m[0]}»  …${article.text.slice(Math.max(0, m.index - 100), m.index + 60).replace(/\s+/g, ' ')}…`;
    }
  }
  for (const a of facts.amounts) items[`A ${a.quote.start}-${a.quote.end} ${money(a)}`] = `AMOUNT ${money(a)}  «${a.quote.text.replace(/\s+/g, " ")}»  …${context(article.text, a.quote)}…`;
  for (const c of facts.conversions) items[`C ${c.quote.start}-${c.quote.end} ${money(c.from)} > ${money(c.to)}`] = `CONVERSION ${money(c.from)} -> ${money(c.to)}  «${c.quote.text.replace(/\s+/g, " ")}»`;
  return items;
}

const all = candidates();
let chosen;
if (option('--sample')) {
  const rand = seededRandom(Number(option('--seed') ?? 20));
  const pool = [...all];
  chosen = [];
  for (let n = Number(option('--sample')); n > 0 && pool.length; n -= 1) chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  chosen.sort();
} else {
  const n = Number(option('--spread') ?? 3000);
  const step = all.length / n;
  chosen = Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor(i * step)]);
}
const articles = readArticles(chosen);
const results = Object.fromEntries(articles.map((a) => [a.path, itemsOf(a)]));
if (option('--dump')) {
  writeFileSync(option('--dump'), JSON.stringify(results));
  console.log(`${articles.length} articles, ${Object.values(results).reduce((s, r) => s + Object.keys(r).length, 0)} amounts, conversions and left-out figures saved to ${option('--dump')}`);
} else if (option('--diff')) {
  if (!existsSync(option('--diff'))) throw new Error(`no baseline ${option('--diff')}`);
  const before = JSON.parse(readFileSync(option('--diff'), 'utf8'));
  let added = 0;
  let removed = 0;
  for (const [path, now] of Object.entries(results)) {
    const was = before[path] ?? {};
    const lines = [];
    for (const [k, v] of Object.entries(was)) if (!(k in now)) { lines.push(`  - ${v}`); removed += 1; }
    for (const [k, v] of Object.entries(now)) if (!(k in was)) { lines.push(`  + ${v}`); added += 1; }
    if (lines.length) console.log(`${path}\n${lines.join('\n')}`);
  }
  console.log(`${articles.length} articles: ${added} items added, ${removed} removed; ${leftOut} crown/franc/peso/rupee/dinar figures left out`);
} else {
  for (const a of articles) {
    const items = Object.values(results[a.path]);
    console.log(`== ${a.path} (${items.length})`);
    for (const line of items) console.log(`  ${line}`);
  }
  console.log(`${articles.length} articles; ${leftOut} crown/franc/peso/rupee/dinar figures left out`);
}
