import type { ArticleMeta, Fact } from './types';
import { isoDateToUtcMs } from './isodate';
import { isCurrencyCode } from '../money/currencies';
import { InputError } from '../errors';

/** What a field of a fact must hold. */
type FieldRule = 'string' | 'number' | 'change' | 'isodate' | 'money' | 'span' | readonly string[];

/** Per kind: field → [rule, required]. Mirrors the interfaces in ./types. */
const RULES: Record<Fact['kind'], Record<string, [FieldRule, boolean]>> = {
  price_move: {
    subject: ['string', true],
    subjectKind: [['stock', 'index', 'market', 'commodity', 'currency', 'other'], true],
    ticker: ['string', false],
    name: ['string', false],
    changePct: ['change', true],
    approximate: [['about', 'more_than', 'less_than'], false],
    period: [['day', 'week', 'month', 'year', 'ytd', 'other', 'unknown'], true],
    date: ['isodate', false],
  },
  money_amount: { value: ['number', true], currency: ['string', true], label: ['string', false], timeframe: ['span', false] },
  conversion: { from: ['money', true], to: ['money', true], label: ['string', false], timeframe: ['span', false] },
  date: {
    date: ['isodate', true],
    endDate: ['isodate', false],
    precision: [['day', 'month', 'year', 'part_of_month'], true],
    event: ['string', true],
  },
  entity: {
    name: ['string', true],
    entityType: [['company', 'index', 'person', 'organization', 'place'], true],
    ticker: ['string', false],
    exchange: ['string', false],
  },
};

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/**
 * Checks that parsed JSON is a list of facts of the shapes in ./types, naming the first bad field:
 * `facts[3] "move-kospi".changePct: expected a finite number, got "1.05"`. Money values must be
 * non-negative and currencies ISO 4217 codes; fact ids must be unique.
 *
 * @param facts - the parsed `facts` array.
 * @param file - the file the facts came from, named in errors.
 * @returns the same array, typed.
 * @throws {InputError} naming the file, fact and field on the first problem.
 * @example
 * validateFacts([{ kind: 'entity', id: 'e1', name: 'KOSPI', entityType: 'index', quote: { text: 'KOSPI', start: 0, end: 5 } }], 'f.json').length; // => 1
 */
export function validateFacts(facts: unknown, file: string): Fact[] {
  if (!Array.isArray(facts)) throw new InputError(`"facts" must be an array, got ${show(facts)}`, { file });
  const ids = new Set<string>();
  facts.forEach((fact: Record<string, unknown>, index) => {
    const at = (field: string) => `facts[${index}]${typeof fact?.id === 'string' ? ` "${fact.id}"` : ''}.${field}`;
    const fail = (field: string, need: string, value: unknown): never => {
      throw new InputError(`${at(field)}: expected ${need}, got ${show(value)}`, { file, value });
    };
    if (fact === null || typeof fact !== 'object' || Array.isArray(fact)) throw new InputError(`facts[${index}]: expected an object, got ${show(fact)}`, { file });
    if (!Object.hasOwn(RULES, String(fact.kind))) fail('kind', `one of ${Object.keys(RULES).join(', ')}`, fact.kind);
    if (typeof fact.id !== 'string' || fact.id === '') fail('id', 'a non-empty string', fact.id);
    if (ids.has(fact.id as string)) fail('id', 'an id used by no other fact', fact.id);
    ids.add(fact.id as string);
    checkQuote(fact.quote, (field, need, value) => fail(`quote${field}`, need, value));
    for (const [field, [rule, required]] of Object.entries(RULES[fact.kind as Fact['kind']])) {
      const value = fact[field];
      if (value === undefined && !required) continue;
      checkField(rule, value, (sub, need, bad) => fail(`${field}${sub}`, need, bad));
    }
    if (fact.kind === 'money_amount') checkMoneyValue(fact, (sub, need, bad) => fail(sub.slice(1), need, bad));
  });
  return facts as Fact[];
}

type Fail = (field: string, need: string, value: unknown) => never;

function checkField(rule: FieldRule, value: unknown, fail: Fail): void {
  if (Array.isArray(rule)) {
    if (!rule.includes(value as string)) fail('', `one of ${rule.join(', ')}`, value);
  } else if (rule === 'string') {
    if (typeof value !== 'string') fail('', 'a string', value);
  } else if (rule === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('', 'a finite number', value);
  } else if (rule === 'change') {
    // a price can fall at most 100% (to zero): "fell 150%" is a misreading, never a move
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('', 'a finite number', value);
    if ((value as number) < -100) fail('', 'a change in percent ≥ −100 (a price cannot fall more than 100%)', value);
  } else if (rule === 'isodate') {
    checkIsoDate(value, fail);
  } else if (rule === 'money') {
    if (value === null || typeof value !== 'object') fail('', 'an amount { value, currency }', value);
    checkMoneyValue(value as Record<string, unknown>, fail);
  } else if (rule === 'span') {
    const span = value as Record<string, unknown>;
    if (span === null || typeof span !== 'object') fail('', 'a span { start, end } of ISO dates', value);
    checkIsoDate(span.start, (_, need, bad) => fail('.start', need, bad));
    checkIsoDate(span.end, (_, need, bad) => fail('.end', need, bad));
    if ((span.end as string) < (span.start as string)) fail('.end', `a date not before start ${span.start as string}`, span.end);
  }
}

function checkIsoDate(value: unknown, fail: Fail): void {
  try {
    isoDateToUtcMs(value as string, 'date');
  } catch {
    fail('', 'an ISO date YYYY-MM-DD', value);
  }
}

function checkMoneyValue(money: Record<string, unknown>, fail: Fail): void {
  const { value, currency } = money;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('.value', 'a non-negative finite number of currency units', value);
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) fail('.currency', 'an ISO 4217 currency code (unknown currency code)', currency);
}

function checkQuote(quote: unknown, fail: Fail): void {
  const q = quote as Record<string, unknown>;
  if (q === null || typeof q !== 'object') fail('', 'a quote { text, start, end }', quote);
  if (typeof q.text !== 'string' || q.text === '') fail('.text', 'the quoted text', q.text);
  if (!Number.isInteger(q.start) || (q.start as number) < 0) fail('.start', 'a character offset (integer ≥ 0)', q.start);
  if (!Number.isInteger(q.end) || (q.end as number) < (q.start as number)) fail('.end', 'a character offset ≥ start', q.end);
}

/**
 * Checks article metadata: `headline`, `source` and `published` (ISO date) required, `dateline` optional.
 *
 * @param meta - the parsed `meta` object.
 * @param file - the file it came from, named in errors.
 * @throws {InputError} naming the field.
 * @example
 * validateMeta({ headline: 'H', source: 'Reuters', published: '2019-08-20' }, 'f.json').source; // => 'Reuters'
 */
export function validateMeta(meta: unknown, file: string): ArticleMeta {
  const m = meta as Record<string, unknown>;
  if (m === null || typeof m !== 'object') throw new InputError(`"meta" must be an object, got ${show(meta)}`, { file });
  for (const field of ['headline', 'source'] as const) {
    if (typeof m[field] !== 'string') throw new InputError(`meta.${field}: expected a string, got ${show(m[field])}`, { file });
  }
  if (m.dateline !== undefined && typeof m.dateline !== 'string') throw new InputError(`meta.dateline: expected a string, got ${show(m.dateline)}`, { file });
  checkIsoDate(m.published, (_, need, bad) => {
    throw new InputError(`meta.published: expected ${need}, got ${show(bad)}`, { file });
  });
  return m as unknown as ArticleMeta;
}
