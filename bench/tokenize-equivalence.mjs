// Random-text equivalence of sentence splitting and tokenising between two builds: the speed work on
// src/extract/tokenize.ts must not move a sentence boundary or change a token. Builds a reference dist from
// another commit (e.g. `git archive <commit> | tar -x -C /tmp/ref && cd /tmp/ref && ln -s <repo>/node_modules
// && npx tsc -p tsconfig.build.json`), then:
//
//   node bench/tokenize-equivalence.mjs /tmp/ref/dist      # exit 1 on any difference
//
// 3,000 texts from a fixed pseudo-random generator over pieces that exercise every branch (sentence ends,
// abbreviations, line breaks of four kinds, quotes, codes after a period, "&"-joined and non-ASCII words,
// combining marks, surrogate pairs, thousands separators), one in ten longer than two sentence limits.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
if (!process.argv[2]) {
  console.error('usage: node bench/tokenize-equivalence.mjs REFERENCE_DIST');
  process.exit(2);
}
const A = require(join(resolve(process.argv[2]), 'extract', 'tokenize.js'));
require(join(here, '..', 'dist', 'index.js'));
const B = require(join(here, '..', 'dist', 'extract', 'tokenize.js'));
const pieces = ['a', 'b', 'X', ' ', ' ', ' ', '.', '!', '?', '\n', '\r', '\u2028', '\u2029', '"', ')', '1', 'Nov', 'U.S', '\t', '\u00a0', 'é', '😀',
  '.SPX', 'Mr', "'", 'Z', '&', 'S&P', 's&p', 'AT&T', 'Straße', 'ÉLAN', '\u0301', '’s', '1,234.5'];
let seed = 1;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
let differences = 0;
let sentences = 0;
for (let trial = 0; trial < 3000; trial += 1) {
  const length = trial % 10 === 0 ? 12000 : Math.floor(random() * 300);
  const spaceless = random() < 0.2;
  let text = '';
  while (text.length < length) {
    const piece = pieces[Math.floor(random() * pieces.length)];
    text += spaceless && (piece === ' ' || piece === '.') ? 'q' : piece;
    if (random() < 0.3) text += 'word';
  }
  const a = [];
  const b = [];
  A.forEachSentenceSpan(text, (start, end) => a.push(start, end));
  B.forEachSentenceSpan(text, (start, end) => b.push(start, end));
  sentences += a.length / 2;
  // tokens compared without `lex` (the word-class bits, which a reference build may not have)
  const strip = (tokens) => JSON.stringify(tokens.map((t) => ({ ...t, lex: undefined })));
  if (a.join() !== b.join() || strip(A.tokenize(text)) !== strip(B.tokenize(text))) {
    differences += 1;
    if (differences <= 3) console.log(`DIFFERENT (${a.join() !== b.join() ? 'sentences' : 'tokens'}): ${JSON.stringify(text.slice(0, 200))}`);
  }
}
console.log(`3000 texts, ${sentences} sentences: ${differences} differences`);
process.exitCode = differences ? 1 : 0;
