#!/usr/bin/env node
// Fills in the character offsets of every quote of a curated facts file, so no offset is typed by hand:
//   node data/articles/locate-quotes.mjs data/articles/000_fbcb48a8abd69ce1.facts.json
// A quote keeps its offsets when they already match the article; otherwise its text is searched as a
// whole phrase (not inside a longer word) and the `occurrence`-th match (1-based, default 1) is taken.
// Offsets are JavaScript string indices (UTF-16 code units), as the loader checks them.
// The article's SHA-256 is recorded so the package recognises the article's text as curated.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2];
if (!file) {
  console.error('usage: node data/articles/locate-quotes.mjs FACTS.json');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = JSON.parse(readFileSync(file, 'utf8'));
const text = readFileSync(join(root, doc.article), 'utf8');
const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function locate(quote, id) {
  if (Number.isInteger(quote.start) && text.slice(quote.start, quote.end) === quote.text) return quote;
  const wanted = quote.occurrence ?? 1;
  let seen = 0;
  for (let at = text.indexOf(quote.text); at !== -1; at = text.indexOf(quote.text, at + 1)) {
    const end = at + quote.text.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    if (++seen === wanted) return { text: quote.text, start: at, end };
  }
  throw new Error(`${id}: quote "${quote.text}" (occurrence ${wanted}) not found in ${doc.article}`);
}

const facts = doc.facts.map((fact) => ({ ...fact, quote: locate(fact.quote, fact.id) }));
const out = { article: doc.article, textSha256: createHash('sha256').update(text).digest('hex'), meta: doc.meta };
// One fact per line keeps the reviewed file diffable.
const body = facts.map((fact) => `    ${JSON.stringify(fact)}`).join(',\n');
writeFileSync(file, `${JSON.stringify(out, null, 2).slice(0, -2)},\n  "facts": [\n${body}\n  ]\n}\n`);
console.log(`${facts.length} quotes located in ${doc.article}`);
