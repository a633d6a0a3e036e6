/**
 * The price files a check may use, and which one a move's subject refers to.
 *
 * A subject resolves to a file through, in order: a `--map` row (subject or ticker → file),
 * an explicit `NAME=FILE` binding, the ticker written in the article or known for the subject
 * (RIC codes such as `.SPX` are also tried as their Yahoo symbol `^GSPC`), or the subject's
 * canonical name. A file matches a symbol or name when its file name (without extension) holds
 * all of the symbol's parts ("005930.KS" matches `samsung_005930_KS.csv`). When several files
 * match equally well the subject is left unresolved and the reason names them: a check never
 * guesses which series a subject means.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { PriceMove } from '../article/types';
import { InputError } from '../errors';
import { findTickers, lookupTicker, lookupTickerSymbol, type TickerEntry } from '../extract/entities';
import { tokenize } from '../extract/tokenize';
import { readCsvTable } from '../prices/csvLine';
import { readTextFile } from '../io/read';
import { parsePriceCsv } from '../prices/parsePriceCsv';
import type { PriceSeries } from '../prices/types';

/** How a subject was matched to a price file. */
export type ResolvedBy = 'map' | 'binding' | 'ticker' | 'name';

/** A subject's price series, as quoted closes and as the file's default (adjusted) column. */
export interface ResolvedSeries {
  /** Quoted closes (the `Close` column when the file also has an adjusted close): what articles report. */
  closes: PriceSeries;
  /** The file's default price column (adjusted close when present): for returns and abnormal returns. */
  returns: PriceSeries;
  file: string;
  resolvedBy: ResolvedBy;
  /** The ticker or name the file was matched on. */
  matchedOn: string;
}

/** A subject that resolved to no single file, and why. */
export interface UnresolvedSeries {
  reason: string;
}

/** A row of a `--map` CSV: `subject,ticker,file` (ticker or file may be empty). */
export interface PriceMapRow {
  subject: string;
  ticker?: string;
  file?: string;
}

/** RIC index codes as written in wire copy, with the Yahoo symbol of the same index. */
const RIC_TO_YAHOO: ReadonlyMap<string, string> = new Map([
  ['.SPX', '^GSPC'], ['.INX', '^GSPC'], ['.DJI', '^DJI'], ['.IXIC', '^IXIC'], ['.NDX', '^NDX'], ['.RUT', '^RUT'],
  ['.KS11', '^KS11'], ['.KQ11', '^KQ11'], ['.N225', '^N225'], ['.TOPX', '^TOPX'], ['.FTSE', '^FTSE'], ['.GDAXI', '^GDAXI'],
  ['.FCHI', '^FCHI'], ['.HSI', '^HSI'], ['.STI', '^STI'], ['.TWII', '^TWII'], ['.SSMI', '^SSMI'], ['.BSESN', '^BSESN'],
  ['.NSEI', '^NSEI'], ['.AXJO', '^AXJO'], ['.GSPTSE', '^GSPTSE'], ['.STOXX50E', '^STOXX50E'], ['.SSEC', '000001.SS'],
]);

const PRICE_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** Lower-case alphanumeric parts of a symbol or file stem ("^GSPC" → ["gspc"], "samsung_005930_KS" → ["samsung", "005930", "ks"]). */
function parts(text: string): string[] {
  return text.toLowerCase().replace(/[&'’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "S&P 500" → "sp500": names are also matched with their parts run together. */
function joined(text: string): string {
  return parts(text).join('');
}

interface PriceFileEntry {
  file: string;
  stemParts: string[];
  series?: { closes: PriceSeries; returns: PriceSeries };
}

/**
 * The price files given to a check (files and folders of CSVs), read lazily, each at most once.
 *
 * @example
 * const library = PriceLibrary.from(['prices/'], { map: 'tickers.csv' });
 * library.resolve(move); // => { closes, returns, file, resolvedBy: 'ticker', matchedOn: '005930.KS' } or { reason }
 */
export class PriceLibrary {
  private readonly entries: PriceFileEntry[] = [];
  private readonly bindings = new Map<string, PriceFileEntry>();
  private readonly mapRows: { row: PriceMapRow; entry?: PriceFileEntry }[] = [];

  /**
   * @param paths price files, folders of price files, or `NAME=FILE` bindings
   * @param options `map`: a CSV with columns subject, ticker, file (file relative to the CSV's folder)
   * @throws {InputError} when a path does not exist, a folder holds no price file, or the map is malformed
   */
  static from(paths: string[], options: { map?: string } = {}): PriceLibrary {
    const library = new PriceLibrary();
    for (const path of paths) library.add(path);
    if (options.map) library.addMap(options.map);
    return library;
  }

  /** Number of price files known. */
  get size(): number {
    return this.entries.length;
  }

  private entryFor(file: string): PriceFileEntry {
    const absolute = resolve(file);
    const known = this.entries.find((e) => resolve(e.file) === absolute);
    if (known) return known;
    const entry = { file, stemParts: parts(basename(file, extname(file))) };
    this.entries.push(entry);
    return entry;
  }

  private add(path: string): void {
    const binding = /^([^=]+)=(.+)$/.exec(path);
    if (binding && !exists(path)) {
      const [, name, file] = binding;
      requireFile(file, '--prices');
      this.bindings.set(joined(name), this.entryFor(file));
      return;
    }
    if (!exists(path)) throw new InputError('not found: expected a price CSV, a folder of them, or NAME=FILE', { file: path });
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).filter((name) => PRICE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      if (files.length === 0) throw new InputError('folder holds no price file (*.csv, *.tsv, *.txt)', { file: path });
      for (const name of files) this.entryFor(join(path, name));
    } else this.entryFor(path);
  }

  private addMap(mapFile: string): void {
    const { headers, headerLine, rows } = readCsvTable(readTextFile(mapFile, 'price map'), 'price map', mapFile);
    const column = (name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name);
    const [subjectAt, tickerAt, fileAt] = [column('subject'), column('ticker'), column('file')];
    if (subjectAt < 0 || (tickerAt < 0 && fileAt < 0)) {
      throw new InputError(`price map needs columns subject and ticker and/or file (found: ${headers.join(', ')})`, { file: mapFile, line: headerLine });
    }
    for (const { line, cells } of rows) {
      const subject = cells[subjectAt]?.trim() ?? '';
      const ticker = tickerAt >= 0 ? cells[tickerAt]?.trim() || undefined : undefined;
      const file = fileAt >= 0 ? cells[fileAt]?.trim() || undefined : undefined;
      if (!subject) throw new InputError('empty subject', { file: mapFile, line });
      if (!ticker && !file) throw new InputError(`subject "${subject}" needs a ticker or a file`, { file: mapFile, line, value: subject });
      let entry: PriceFileEntry | undefined;
      if (file) {
        const path = resolve(dirname(mapFile), file);
        if (!exists(path)) throw new InputError(`price file "${file}" not found`, { file: mapFile, line, value: file });
        entry = this.entryFor(path);
      }
      this.mapRows.push({ row: { subject, ticker, file }, entry });
    }
  }

  /**
   * The price series a move's subject refers to, or why there is none.
   *
   * @param move the move: its subject, name and ticker, and the text around it (the sentence, or the quote) for written tickers and sub-indexes
   */
  resolve(move: Pick<PriceMove, 'subject' | 'name' | 'ticker'> & { quote?: { text: string } }): ResolvedSeries | UnresolvedSeries {
    if (this.entries.length === 0) return { reason: 'no price files given' };
    const subjectKey = joined(move.subject);
    const nameKey = move.name ? joined(move.name) : undefined;
    // A ticker is "written" when the quote shows it (".SPX", "( BP.L )"): it names the series outright.
    const written = move.ticker && move.quote?.text.includes(move.ticker.replace(/^\^/, '')) ? move.ticker : undefined;
    // 1. --map rows: the subject as written, its canonical name or its ticker.
    for (const { row, entry } of this.mapRows) {
      const key = joined(row.subject);
      const hit = key === subjectKey || key === nameKey || (row.ticker !== undefined && row.ticker === move.ticker) || containsWords(move.subject, row.subject);
      if (!hit) continue;
      if (entry) return this.load(entry, 'map', row.subject);
      const byTicker = this.bySymbols([row.ticker!]);
      return 'entry' in byTicker ? this.load(byTicker.entry, 'map', row.ticker!) : { reason: `--map ticker ${row.ticker} for "${row.subject}": ${byTicker.reason}` };
    }
    // 2. NAME=FILE bindings.
    for (const key of [subjectKey, nameKey, move.ticker ? joined(move.ticker) : undefined]) {
      const entry = key ? this.bindings.get(key) : undefined;
      if (entry) return this.load(entry, 'binding', key!);
    }
    // 3. A written ticker.
    if (written) {
      const found = this.bySymbols(withRicAliases([written]));
      if ('entry' in found) return this.load(found.entry, 'ticker', found.on);
      if (found.ambiguous) return { reason: found.reason };
    }
    // A part of the subject's series: "the S&P 500's financial index", "the Nasdaq's biotech index".
    const part = move.quote ? new RegExp(`${escapeRegExp(move.subject)}['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:index|sub-index|sector|average|futures|component|components|members)\\b`, 'i').exec(move.quote.text) : null;
    if (part) return { reason: `"${part[0]}" is a part of ${move.subject}, not ${move.subject} itself: pass --map or NAME=FILE for it` };
    // 4. The mapped entry inside the subject, unless the subject qualifies it ("S&P 500 financial index", "Nasdaq 100").
    const inSubject = mappedEntryIn(move.subject);
    if (inSubject && inSubject.extra.length) {
      return { reason: `"${move.subject}" is not ${inSubject.entry.name} itself (${inSubject.extra.join(' ')}): pass --map or NAME=FILE for it` };
    }
    const known = inSubject?.entry ?? (move.name ? lookupTicker(move.name) : undefined);
    const symbols = withRicAliases([move.ticker, known?.ticker].filter((s): s is string => Boolean(s)));
    if (symbols.length) {
      const found = this.bySymbols(symbols);
      if ('entry' in found) return this.load(found.entry, 'ticker', found.on);
      if (found.ambiguous) return { reason: found.reason };
    }
    // 5. Canonical names: the mapped entry's, or the resolved name.
    const entry = known ?? symbols.map((s) => lookupTickerSymbol(s)).find(Boolean);
    const names = [...new Set([...(entry ? [entry.name] : []), ...(move.name ? [move.name] : [])])];
    if (names.length) {
      const byName = this.byNames(names);
      if ('entry' in byName) return this.load(byName.entry, 'name', byName.on);
      if (byName.ambiguous) return { reason: byName.reason };
    }
    const tried = [...new Set([...symbols, ...names])];
    return { reason: `no price file matches "${move.subject}"${tried.length ? ` (tried ${tried.join(', ')})` : ''}; pass --map or NAME=FILE` };
  }

  private bySymbols(symbols: string[]): { entry: PriceFileEntry; on: string } | { reason: string; ambiguous: boolean } {
    return this.best(symbols, (symbol, entry) => {
      const want = parts(symbol);
      return want.length > 0 && want.every((p) => entry.stemParts.includes(p)) ? entry.stemParts.length - want.length : undefined;
    });
  }

  private byNames(names: string[]): { entry: PriceFileEntry; on: string } | { reason: string; ambiguous: boolean } {
    return this.best(names, (name, entry) => {
      const want = parts(name);
      if (want.length === 0) return undefined;
      if (entry.stemParts.includes(joined(name))) return entry.stemParts.length - 1;
      return want.every((p) => entry.stemParts.includes(p)) ? entry.stemParts.length - want.length : undefined;
    });
  }

  /** The file with the fewest extra stem parts for the first key that matches any; ambiguous on a tie. */
  private best(keys: string[], score: (key: string, entry: PriceFileEntry) => number | undefined): { entry: PriceFileEntry; on: string } | { reason: string; ambiguous: boolean } {
    for (const key of keys) {
      const scored = this.entries.map((entry) => ({ entry, extra: score(key, entry) })).filter((s): s is { entry: PriceFileEntry; extra: number } => s.extra !== undefined);
      if (scored.length === 0) continue;
      const fewest = Math.min(...scored.map((s) => s.extra));
      const top = scored.filter((s) => s.extra === fewest);
      if (top.length === 1) return { entry: top[0].entry, on: key };
      return { reason: `several price files match ${key}: ${top.map((s) => basename(s.entry.file)).join(', ')}; pick one with --map or NAME=FILE`, ambiguous: true };
    }
    return { reason: 'no match', ambiguous: false };
  }

  private load(entry: PriceFileEntry, resolvedBy: ResolvedBy, matchedOn: string): ResolvedSeries {
    entry.series ??= readSeries(entry.file);
    return { ...entry.series, file: entry.file, resolvedBy, matchedOn };
  }
}

/** Reads a price file once: its default column, and its quoted close when that is another column. */
function readSeries(file: string): { closes: PriceSeries; returns: PriceSeries } {
  const text = readTextFile(file, 'price file');
  const returns = parsePriceCsv(text, { file });
  const close = returns.source.columns.find((h) => h.trim().toLowerCase() === 'close');
  const closes = close && close !== returns.source.priceColumn ? parsePriceCsv(text, { file, priceColumn: close }) : returns;
  return { closes, returns };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Symbols with the Yahoo symbol of each RIC index code added (".SPX" → "^GSPC"). */
function withRicAliases(symbols: string[]): string[] {
  const aliases = symbols.map((s) => RIC_TO_YAHOO.get(s.toUpperCase())).filter((s): s is string => Boolean(s));
  return [...new Set([...symbols, ...aliases])];
}

/** Words that do not change which series a subject names ("the benchmark Kospi index"). */
const NEUTRAL_WORDS = new Set([
  'the', 'a', 'an', 'its', 'their', 'index', 'indexes', 'indices', 'composite', 'average', 'averages', 'stock', 'stocks', 'share', 'shares',
  'benchmark', 'broader', 'broad', 'wider', 'main', 'key', 'blue', 'chip', 'blue-chip', 'industrial', 'industrials', 'market', 'exchange', 'of',
  'gauge', 'measure', 'closely', 'watched', 'widely', 'followed', 'common', 'ordinary', 'price', 'prices', 'company', 'firm', 'group',
  'inc', 'corp', 'co', 'ltd', 'plc', 'sa', 'ag', 'nv', 'ab', 'asa', 'holdings', 'listed', 'u.s.-listed', 'stock-market', '-', '&',
]);

/**
 * The mapped company or index a subject names, and the words of the subject it does not
 * explain (other than neutral words, possessives and ticker codes): "S&P 500 financial index"
 * → S&P 500 with ["financial"]; "Tokyo's Nikkei average" → Nikkei with [].
 */
function mappedEntryIn(subject: string): { entry: TickerEntry; extra: string[] } | undefined {
  const tokens = tokenize(subject);
  const match = findTickers(tokens)[0];
  if (!match) return undefined;
  const extra = tokens.filter((token, i) => {
    if (i >= match.from && i < match.to) return false;
    const next = tokens[i + 1]?.lower;
    const previous = tokens[i - 1]?.text;
    if (NEUTRAL_WORDS.has(token.lower) || token.type === 'symbol' || /^['’]s$/.test(token.lower)) return false;
    if (next === "'s" || next === '’s') return false; // a place or owner: "Tokyo's Nikkei"
    if (previous === '.' || previous === '^' || /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?$/.test(token.text)) return false; // a ticker code
    return true;
  });
  return { entry: match.entry, extra: extra.map((t) => t.text) };
}

/** Whether `text` contains all words of `words` as whole words (case-insensitive). */
function containsWords(text: string, words: string): boolean {
  const have = parts(text);
  const want = parts(words);
  return want.length > 0 && want.every((w) => have.includes(w));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function requireFile(path: string, option: string): void {
  if (!exists(path)) throw new InputError(`${option}: price file not found`, { file: path });
}
