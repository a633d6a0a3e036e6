/** `market-reaction facts`: the extractor on one article, or on a JSONL file of passages. */
import { maxSizeOption, parseCommandArgs } from '../args';
import { DEFAULT_MAX_TEXT_BYTES, formatBytes } from '../../io/files';
import { InputError, UsageError, ValueError } from '../../errors';
import { extractMarketFacts, type MarketFacts } from '../../extract/extract';
import { toEvalRecord } from '../../extract/eval-record';
import { readArticleFile, readTextFile } from '../../io/read';
import { curatedFacts } from '../../article/curated';
import { writeTextFile } from '../../io/write';
import type { CliIO, Command } from '../command';

const help = `Usage: market-reaction facts ARTICLE [--published DATE] [--format json|table] [--out FILE]
       market-reaction facts --jsonl PASSAGES.jsonl [--out FILE]

Finds the market facts in an article: price moves (subject, kind, signed change in %, period,
date), money amounts (ISO 4217), conversions (two amounts stating the same sum), dates and
entities (with tickers where known), each with its quote and character offsets.

With --jsonl, reads one JSON object per line {"id", "text", "published"} and writes one line
per passage {"id", "moves", "amounts", "conversions"} in the shape of the extraction scorer
(change_pct in percent, amounts in currency units).

Options:
  --published DATE     publication date YYYY-MM-DD; resolves "on Tuesday" and "in 2024"
                       (default for a curated article such as the seed: its own date)
  --format json|table  output for one article (default: table)
  --jsonl FILE         passages to run on, one JSON object per line
  --out FILE           write to FILE instead of standard output (atomically; never an input file)
  --max-size SIZE      largest input read, e.g. 50MB (default ${formatBytes(DEFAULT_MAX_TEXT_BYTES)}); ARTICLE - reads stdin
  -h, --help           this help

Examples:
  market-reaction facts seeds/000_fbcb48a8abd69ce1.txt --published 2019-08-20
  market-reaction facts --jsonl passages.jsonl --out predictions.jsonl`;

function parseOptions(args: string[]) {
  return parseCommandArgs('facts', args, { published: { type: 'string' }, format: { type: 'string' }, jsonl: { type: 'string' }, out: { type: 'string' }, 'max-size': { type: 'string' } }, true);
}

function emit(io: CliIO, out: string | undefined, text: string): void {
  if (out) writeTextFile(out, text);
  else io.stdout(text);
}

/** Runs the extractor on each line of a passages JSONL file; returns the output lines. */
function runJsonl(path: string, maxBytes: number): string {
  const lines = readTextFile(path, 'passages file', { maxBytes }).split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = { file: path, line: index + 1 };
    let passage: unknown;
    try {
      passage = JSON.parse(line);
    } catch (error) {
      throw new InputError(`invalid JSON (${(error as Error).message})`, where);
    }
    const { id, text, published } = (passage ?? {}) as { id?: unknown; text?: unknown; published?: unknown };
    if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('missing "id" (a string)', { ...where, value: id });
    if (typeof text !== 'string') throw new InputError(`passage ${id}: "text" must be a string`, { ...where, value: text });
    if (published !== undefined && published !== null && typeof published !== 'string') throw new InputError(`passage ${id}: "published" must be YYYY-MM-DD or null`, { ...where, value: published });
    let facts: MarketFacts;
    try {
      facts = extractMarketFacts(text, { published: published ?? undefined });
    } catch (error) {
      if (error instanceof ValueError) throw new InputError(`passage ${id}: ${error.message}`, { ...where, value: published });
      throw error;
    }
    out.push(JSON.stringify(toEvalRecord(String(id), facts)));
  });
  return out.length ? `${out.join('\n')}\n` : '';
}

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** A plain-text table of the facts: kind, what, value, offsets and quote. */
function factsTable(facts: MarketFacts): string {
  const rows: [string, string, string, string, string][] = [];
  for (const m of facts.moves) rows.push(['move', `${m.subject} (${m.subjectKind}${m.ticker ? `, ${m.ticker}` : ''})`, `${m.changePct > 0 ? '+' : ''}${m.changePct}% ${m.period}${m.date ? ` ${m.date}` : ''}`, `${m.quote.start}-${m.quote.end}`, m.quote.text]);
  for (const a of facts.amounts) rows.push(['amount', a.currency, String(a.value), `${a.quote.start}-${a.quote.end}`, a.quote.text]);
  for (const c of facts.conversions) rows.push(['conversion', `${c.from.currency}→${c.to.currency}`, `${c.from.value} = ${c.to.value}`, `${c.quote.start}-${c.quote.end}`, c.quote.text]);
  for (const d of facts.dates) rows.push(['date', d.precision, d.endDate ? `${d.date}..${d.endDate}` : d.date, `${d.quote.start}-${d.quote.end}`, d.quote.text]);
  for (const e of facts.entities) rows.push(['entity', e.name, e.ticker ?? '', `${e.quote.start}-${e.quote.end}`, e.quote.text]);
  const header: [string, string, string, string, string] = ['kind', 'what', 'value', 'offsets', 'quote'];
  const widths = [10, 40, 28, 11, 60];
  return [header, ...rows].map((r) => r.map((c, i) => cell(c, widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

export const factsCommand: Command = {
  name: 'facts',
  summary: 'find price moves, money amounts, conversions, dates and entities in an article (or --jsonl passages)',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(args);
    const maxBytes = maxSizeOption('facts', values['max-size'], DEFAULT_MAX_TEXT_BYTES);
    if (values.jsonl !== undefined) {
      if (positionals.length > 0) throw new UsageError(`facts: give either ARTICLE or --jsonl, not both (got "${positionals[0]}")`);
      if (values.format !== undefined || values.published !== undefined) throw new UsageError('facts: --format and --published apply to one ARTICLE; --jsonl passages carry their own "published"');
      emit(io, values.out, runJsonl(values.jsonl, maxBytes));
      return 0;
    }
    const [path, ...extra] = positionals;
    if (!path) throw new UsageError('facts: missing the ARTICLE file (or --jsonl FILE)');
    if (extra.length > 0) throw new UsageError(`facts: unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'table';
    if (format !== 'json' && format !== 'table') throw new UsageError(`facts: --format must be json or table, got "${format}"`);
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError(`facts: --published must be YYYY-MM-DD, got "${values.published}"`);
    const text = readArticleFile(path, { maxBytes });
    // a curated article (the seed) knows its own publication date
    const published = values.published ?? curatedFacts(text)?.meta.published;
    let facts: MarketFacts;
    try {
      facts = extractMarketFacts(text, { published });
    } catch (error) {
      if (error instanceof ValueError) throw new UsageError(`facts: ${error.message}`);
      throw error;
    }
    emit(io, values.out, format === 'json' ? `${JSON.stringify(facts, null, 2)}\n` : factsTable(facts));
    return 0;
  },
};
