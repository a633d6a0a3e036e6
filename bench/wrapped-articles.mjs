// Hard-wrapped articles: does a line break inside a paragraph change what the extractor reads?
// Draws N `businesspro-*` Reuters bodies (hard-wrapped at ~65 characters) from the 2006-2009 folders of the corpus
// mirror with a seeded shuffle, leaving out every document named anywhere under eval/real (the sealed holdouts'
// files are scanned for names by pattern only, never printed), runs the built extractMarketFacts on each body twice
// — as it is, and with every single line break inside a paragraph replaced by a space (same length, so offsets
// agree) — and counts the moves that differ (quotes compared with whitespace collapsed).
//
//   npm run build && node bench/wrapped-articles.mjs            # counts
//   node bench/wrapped-articles.mjs --show                      # and every differing move
//
// Options: --n N (default 40), --seed S (default 20).
import { createRequire } from 'node:module';
import { corpusPaths, readArticles, seededRandom } from './reuters-corpus.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extractMarketFacts } = require('../dist/index.js');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const count = Number(option('--n', '40'));
const seed = Number(option('--seed', '20'));
const show = args.includes('--show');

/** Article ids ("idUSN0933961320070409") named in any file under eval/real: matched by pattern, never shown. */
function namedIds(dir, ids = new Set()) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) namedIds(path, ids);
    else for (const m of readFileSync(path, 'utf8').matchAll(/id[A-Z]{3}[A-Z0-9]{6,}\d{8}/g)) ids.add(m[0]);
  }
  return ids;
}

const excluded = namedIds(join(root, 'eval', 'real'));
const paths = corpusPaths(/^businesspro-/)
  .filter((p) => !excluded.has((p.match(/id[A-Z]{3}[A-Z0-9]{6,}\d{8}$/) ?? [''])[0]));
const next = seededRandom(seed);
for (let i = paths.length - 1; i > 0; i -= 1) {
  const j = Math.floor(next() * (i + 1));
  [paths[i], paths[j]] = [paths[j], paths[i]];
}
const chosen = paths.slice(0, count);

const bodies = new Map(readArticles(chosen).map((a) => [a.path, a.text]));

/** Every line break with a non-blank line on both sides becomes a space (same length). */
function unwrap(text) {
  const lines = text.split('\n');
  return lines.map((line, i) => line + (i === lines.length - 1 ? '' : line.trim() && lines[i + 1].trim() ? ' ' : '\n')).join('');
}

// subjects and quotes compared with white space collapsed: the space-joined copy turns "KBW \nCapital" into "KBW  Capital"
const key = (m) => JSON.stringify({ ...m, id: undefined, subject: m.subject.replace(/\s+/g, ' '), quote: { ...m.quote, text: m.quote.text.replace(/\s+/g, ' ') } });
let total = 0;
let asIs = 0;
let joined = 0;
let onlyAsIs = 0;
let onlyJoined = 0;
let articlesDiffering = 0;
for (const path of chosen) {
  const text = bodies.get(path);
  const published = `${path.split('/')[1].slice(0, 4)}-${path.split('/')[1].slice(4, 6)}-${path.split('/')[1].slice(6, 8)}`;
  const a = extractMarketFacts(text, { published }).moves.map(key);
  const b = extractMarketFacts(unwrap(text), { published }).moves.map(key);
  asIs += a.length;
  joined += b.length;
  const onlyA = a.filter((m) => !b.includes(m));
  const onlyB = b.filter((m) => !a.includes(m));
  onlyAsIs += onlyA.length;
  onlyJoined += onlyB.length;
  total += 1;
  if (onlyA.length + onlyB.length) articlesDiffering += 1;
  if (show && onlyA.length + onlyB.length) {
    console.log(`\n== ${path}`);
    for (const m of onlyA) console.log(`  as is : ${m}`);
    for (const m of onlyB) console.log(`  joined: ${m}`);
  }
}
console.log(`${total} wrapped articles (seed ${seed}; ${excluded.size} eval-named ids excluded): moves as is ${asIs}, space-joined ${joined}; `
  + `only as is ${onlyAsIs}, only space-joined ${onlyJoined}; articles differing ${articlesDiffering}`);
