#!/usr/bin/env node
// Regenerates data/iso4217.json from the ISO 4217 "List One" XML (current currencies and funds),
// as published by the ISO 4217 maintenance agency and shipped in the `currency-codes` npm package:
//   npm pack currency-codes@2.2.0 && tar xzf currency-codes-2.2.0.tgz
//   node data/make-iso4217.mjs package/iso-4217-list-one.xml
// It also compares the minor units with Node's Intl (CLDR) and prints the differences, which are
// recorded in the JSON's `intlDifferences` so formatting can follow ISO rather than CLDR.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const xmlPath = process.argv[2];
if (!xmlPath) {
  console.error('usage: node data/make-iso4217.mjs path/to/iso-4217-list-one.xml');
  process.exit(2);
}
const xml = readFileSync(xmlPath, 'utf8');
const published = /<ISO_4217 Pblshd="([^"]+)"/.exec(xml)?.[1];
const field = (entry, tag) => new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(entry)?.[1]?.trim();

const byCode = new Map();
for (const [, entry] of xml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
  const code = field(entry, 'Ccy');
  if (!code || byCode.has(code)) continue; // entries repeat once per country; countries without a currency have no code
  const units = field(entry, 'CcyMnrUnts');
  byCode.set(code, {
    code,
    name: field(entry, 'CcyNm'),
    minorUnits: units === 'N.A.' ? null : Number(units),
    numeric: field(entry, 'CcyNbr'),
  });
}
const currencies = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));

const intlDifferences = [];
const intlCodes = new Set(Intl.supportedValuesOf('currency'));
for (const c of currencies) {
  if (c.minorUnits === null) continue;
  const intlDigits = new Intl.NumberFormat('en-US', { style: 'currency', currency: c.code }).resolvedOptions().maximumFractionDigits;
  if (intlDigits !== c.minorUnits || !intlCodes.has(c.code)) {
    intlDifferences.push({ code: c.code, isoMinorUnits: c.minorUnits, intlMaximumFractionDigits: intlDigits, inIntlSupportedValues: intlCodes.has(c.code) });
  }
}
const out = {
  source: 'ISO 4217 List One (current currency & funds code list), via the currency-codes npm package 2.2.0',
  published,
  note: 'minorUnits null = "N.A." in ISO (precious metals, SDR, testing codes). intlDifferences lists codes whose CLDR digits (Node Intl) differ from ISO; formatMoney uses the ISO minor units.',
  currencies,
  intlDifferences,
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'iso4217.json');
// One currency per line: the table stays readable and diffs stay small.
const rows = (list) => list.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
const header = JSON.stringify({ source: out.source, published: out.published, note: out.note }, null, 2).slice(0, -2);
writeFileSync(target, `${header},\n  "currencies": [\n${rows(currencies)}\n  ],\n  "intlDifferences": [\n${rows(intlDifferences)}\n  ]\n}\n`);
console.log(`${currencies.length} currencies (published ${published}) → ${target}; ${intlDifferences.length} differ from Intl:`);
for (const d of intlDifferences) console.log(`  ${d.code}: ISO ${d.isoMinorUnits}, Intl ${d.intlMaximumFractionDigits}${d.inIntlSupportedValues ? '' : ' (not in Intl.supportedValuesOf)'}`);
