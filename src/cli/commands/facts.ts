/** `market-reaction facts`: the extractor on one article, or on a JSONL file of passages. */
import { maxSizeOption, isoDateOption, parseCommandArgs } from '../args';
import { DEFAULT_MAX_TEXT_BYTES, formatBytes } from '../../io/files';
import { UsageError, ValueError } from '../../errors';
import { extractMarketFacts, type MarketFacts } from '../../extract/extract';
import { readArticleFile } from '../../io/read';
import { FACTS_HEAP_BYTES_PER_BYTE } from '../../io/memory';
import { createProgress } from '../../progress';
import { filterByConfidence, runJsonl } from './facts-jsonl';
import { curatedFacts } from '../../article/curated';
import { approximationNote } from '../../article/approximation';
import { writeTextFile } from '../../io/write';
import type { CliIO, Command } from '../command';

const help = `Usage: market-reaction facts ARTICLE [--published DATE] [--format json|table] [--min-confidence X] [--out FILE]
       market-reaction facts --jsonl PASSAGES.jsonl [--min-confidence X] [--out FILE] [--quiet]

Finds the market facts in an article: price moves (subject, kind, signed change in %, period,
date), money amounts (ISO 4217), conversions (two amounts stating the same sum), dates and
entities (with tickers where known), each with its quote and character offsets.

Every move carries subject_source (name, ticker, anaphor, as_written) and a confidence in
0..1 (see README, "Confidence"). A percentage worded as a move whose direction word gives no
sign ("Acme moved 2%") is never printed with a guessed sign: it is dropped and counted
("dropped" in JSON, "dropped_moves" per JSONL line, a line under the table).

With --jsonl, reads one JSON object per line {"id", "text", "published"} and writes one line
per passage {"id", "moves", "amounts", "conversions", "dropped_moves"} in the shape of the
extraction scorer (change_pct in percent, amounts in currency units), each line as soon as its
passage is read (memory stays flat on any file size; --out is written atomically).

Options:
  --published DATE     publication date YYYY-MM-DD; resolves "on Tuesday" and "in 2024"
                       (default for a curated article such as the seed: its own date)
  --format json|table  output for one article (default: table)
  --jsonl FILE         passages to run on, one JSON object per line
  --min-confidence X   leave out moves with confidence below X (0..1); the number left out
                       is reported
  --out FILE           write to FILE instead of standard output (atomically; never an input file)
  --quiet              no progress on stderr (--jsonl runs over a second show kB read of the
                       file, rate and ETA: a bar on a terminal, else a line every 5 s)
  --max-size SIZE      largest ARTICLE read, or with --jsonl longest passage line, e.g. 50MB
                       (default ${formatBytes(DEFAULT_MAX_TEXT_BYTES)}); ARTICLE - and --jsonl - read stdin;
                       --jsonl passages are streamed line by line
  -h, --help           this help

Examples:
  market-reaction facts seeds/000_fbcb48a8abd69ce1.txt --published 2019-08-20
  market-reaction facts --jsonl passages.jsonl --out predictions.jsonl`;

function parseOptions(args: string[]) {
  return parseCommandArgs('facts', args, { published: { type: 'string' }, format: { type: 'string' }, jsonl: { type: 'string' }, out: { type: 'string' }, 'min-confidence': { type: 'string' }, 'max-size': { type: 'string' }, quiet: { type: 'boolean' } }, true);
}

function emit(io: CliIO, out: string | undefined, text: string): void {
  if (out) writeTextFile(out, text);
  else io.stdout(text);
}

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}


/** A plain-text table of the facts: kind, what, value, offsets and quote. */
function factsTable(facts: MarketFacts, minConfidence?: number, removed = 0): string {
  const rows: [string, string, string, string, string][] = [];
  for (const m of facts.moves) {
    const how = [m.subjectKind, m.ticker, m.subjectSource && m.subjectSource !== 'name' ? `via ${m.subjectSource}` : undefined].filter(Boolean).join(', ');
    const value = `${m.changePct > 0 ? '+' : ''}${m.changePct}%${approximationNote(m)} ${m.period}${m.intraday ? ' intraday' : ''}${m.date ? ` ${m.date}` : ''}${m.confidence !== undefined ? ` c=${m.confidence}` : ''}`;
    rows.push(['move', `${m.subject} (${how})`, value, `${m.quote.start}-${m.quote.end}`, m.quote.text]);
  }
  for (const a of facts.amounts) rows.push(['amount', a.currency, String(a.value), `${a.quote.start}-${a.quote.end}`, a.quote.text]);
  for (const c of facts.conversions) rows.push(['conversion', `${c.from.currency}→${c.to.currency}`, `${c.from.value} = ${c.to.value}`, `${c.quote.start}-${c.quote.end}`, c.quote.text]);
  for (const d of facts.dates) rows.push(['date', d.precision, d.endDate ? `${d.date}..${d.endDate}` : d.date, `${d.quote.start}-${d.quote.end}`, d.quote.text]);
  for (const e of facts.entities) rows.push(['entity', e.name, e.ticker ?? '', `${e.quote.start}-${e.quote.end}`, e.quote.text]);
  const header: [string, string, string, string, string] = ['kind', 'what', 'value', 'offsets', 'quote'];
  const widths = [10, 40, 34, 11, 60];
  const notes: string[] = [];
  const why = { unknown_direction: 'whose direction word gives no sign, not shown with a guessed sign', range: 'stated as a range, not shown as one guessed figure' } as const;
  for (const reason of ['unknown_direction', 'range'] as const) {
    const list = facts.dropped.filter((d) => d.reason === reason);
    if (list.length === 0) continue;
    notes.push(`dropped: ${list.length} move${list.length === 1 ? '' : 's'} ${why[reason]}:`);
    for (const d of list) notes.push(`  "${d.quote.text.replace(/\s+/g, ' ')}" (${d.word}) at ${d.quote.start}-${d.quote.end}`);
  }
  if (minConfidence !== undefined) notes.push(`--min-confidence ${minConfidence}: ${removed} move${removed === 1 ? '' : 's'} below it left out`);
  return [header, ...rows].map((r) => r.map((c, i) => cell(c, widths[i])).join('  ').trimEnd()).join('\n') + '\n' + (notes.length ? `\n${notes.join('\n')}\n` : '');
}

function parseMinConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`facts: --min-confidence must be a number from 0 to 1, got "${value}"`);
  return x;
}

export const factsCommand: Command = {
  name: 'facts',
  summary: 'find price moves, money amounts, conversions, dates and entities in an article (or --jsonl passages)',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(args);
    const maxBytes = maxSizeOption('facts', values['max-size'], DEFAULT_MAX_TEXT_BYTES);
    const minConfidence = parseMinConfidence(values['min-confidence']);
    if (values.jsonl !== undefined) {
      if (positionals.length > 0) throw new UsageError(`facts: give either ARTICLE or --jsonl, not both (got "${positionals[0]}")`);
      if (values.format !== undefined || values.published !== undefined) throw new UsageError('facts: --format and --published apply to one ARTICLE; --jsonl passages carry their own "published"');
      const progress = createProgress({ unit: 'kB', label: 'facts', writeLine: io.stderr, quiet: values.quiet });
      try {
        await runJsonl(values.jsonl, values.out, io, minConfidence, progress.update, maxBytes);
      } finally {
        progress.stop();
      }
      return 0;
    }
    const [path, ...extra] = positionals;
    if (!path) throw new UsageError('facts: missing the ARTICLE file (or --jsonl FILE)');
    if (extra.length > 0) throw new UsageError(`facts: unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'table';
    if (format !== 'json' && format !== 'table') throw new UsageError(`facts: --format must be json or table, got "${format}"`);
    isoDateOption('facts', values.published);
    const text = readArticleFile(path, { maxBytes, heapBytesPerByte: FACTS_HEAP_BYTES_PER_BYTE });
    // a curated article (the seed) knows its own publication date
    const published = values.published ?? curatedFacts(text)?.meta.published;
    let facts: MarketFacts;
    try {
      facts = extractMarketFacts(text, { published });
    } catch (error) {
      if (error instanceof ValueError) throw new UsageError(`facts: ${error.message}`);
      throw error;
    }
    // relative dates ("on Monday", "last week") need a reference date: say which one was used, or that there was none
    if (published === undefined) {
      const basis = facts.dates.find((d) => d.dateBasis === 'dateline') ?? facts.moves.find((m) => m.dateBasis === 'dateline');
      io.stderr(basis
        ? `facts: no --published date: relative dates were resolved against the date at the head of ${path} (facts marked dateBasis "dateline")`
        : `facts: no --published date and no dated header or dateline in ${path}: relative dates ("on Monday", "last week") are left unresolved`);
    }
    const filtered = filterByConfidence(facts, minConfidence);
    const document = { ...filtered.facts, droppedMoves: facts.dropped.length, ...(minConfidence !== undefined ? { minConfidence, belowMinConfidence: filtered.removed } : {}) };
    emit(io, values.out, format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : factsTable(filtered.facts, minConfidence, filtered.removed));
    return 0;
  },
};
