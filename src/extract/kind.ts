/**
 * What a move's subject is: a stock, an index, the market, a commodity, a currency — or something
 * that is not traded at all (profit, exports, a yield, a poll), in which case the percentage is not a
 * price move. Decided from the subject's words.
 */
import { LEGAL_FORMS } from './legal-forms';
import type { SubjectKind } from '../article/types';
import { isRegionWord } from './subject';

/** Words of subjects that are results, statistics, rates or shares of something — never traded prices. */
const NOT_TRADED = new Set(
  ('profit profits earnings income revenue revenues sales turnover loss losses deficit surplus ebitda ebit margin margins ' +
    'dividend dividends output production exports export imports import shipments deliveries orders backlog bankruptcies ' +
    'debt debts provisions spending investment investments inflation cpi gdp economy unemployment jobless payrolls employment ' +
    'wages salaries rate rates yield yields coupon interest volume volumes assessment approval rating ratings poll survey ' +
    'stake stakes ownership factor demand supply consumption costs cost expenses budget reserves ' +
    'assets deposits loans lending credit population visitors arrivals subscribers users traffic ' +
    'growth productivity confidence sentiment applications permits starts claims eps capex inventories inventory mortgage ' +
    'mortgages pmi indicators indicator turnout votes vote support homes houses rents rent property properties tourism ' +
    'tourists passengers sales-volume capacity utilisation utilization occupancy headcount jobs payroll spreads spread ' +
    // "core PPI", "M-2" money supply
    'ppi m-1 m-2 m-3 m1 m2 m3 ' +
    // "U.S. home foreclosures rose 9 percent in July" (a real-estate survey)
    'foreclosures foreclosure delinquencies ' +
    // "Short sells declined 70 percent": orders, not a price
    'sells ' +
    // figures of reports, not prices (Reuters 2007-09 economy and results stories): "Incomes rose 0.5 percent", "Total
    // noninterest expense rose 10 percent", "U.S. companies' planned layoffs rose 15 percent", "the September reading was
    // 1.6 percent higher", "Home values in January fell 19 percent", "RevPAR … fell 19 percent", "Cash compensation …
    // declined by 73 percent", "Private residential construction rose 0.7 percent", "the June quarter, up 32 percent"
    'incomes expense expenses layoffs filings notices reading readings values revpar compensation residential quarter ' +
    // "the core PCE rose 2.4 percent": the personal consumption expenditures price index
    'pce').split(' '),
);

/** "consumer prices", "producer prices": price statistics, not a traded price. */
const PRICE_STATISTICS = new Set(['core', 'consumer', 'producer', 'import', 'export', 'house', 'home', 'housing', 'food', 'retail', 'wholesale', 'factory-gate',
  // components of the consumer and producer price reports: "Energy prices rose 0.3 percent in September", "gasoline prices
  // fell 1.7 percent", "Energy goods prices tumbled 4.6 percent", "Crude goods prices were off 11.9 percent", "February's
  // average prices were 2.3 percent lower" (traded gasoline is written "gasoline futures")
  'energy', 'gasoline', 'goods', 'average']);

const INDEX_NAMES = new Set(
  ('kospi kosdaq nikkei topix sensex nifty s&p dow nasdaq ftse ft-se dax cac stoxx euro-stoxx hang seng hsi shanghai shenzhen ' +
    'csi asx tsx ibex mib smi aex bel omx bovespa ibovespa ipc merval russell taiex sti jci klci psei set kse bist moex rts ' +
    'msci wig bux px atx osebx iseq jse tasi egx dji spx ndx vix').split(' '),
);
/** Index names written with a member count: "CROBEX10", "WIG20", "OMXS30", "BELEX15". */
const INDEX_FAMILIES = /^(?:crobex|sofix|belex|sbitop|wig|mbi|omxs|omxc|omxh|ase|bux|px|bet|ftse|stoxx|nikkei|kospi|csi|sse|hsi|asx|nifty|sensex|jse|tsx|ibex|mib|aex|smi|atx)\d*$/;
const INDEX_WORDS = new Set(['index', 'indexes', 'indices', 'average', 'composite', 'benchmark', 'gauge', 'barometer']);
const MARKET_WORDS = new Set(['market', 'markets', 'stocks', 'equities', 'bourse', 'bourses', 'exchange', 'shares']);
const COMMODITY_WORDS = new Set(
  ('oil crude brent wti gold silver copper bullion platinum palladium aluminium aluminum nickel zinc tin lead iron ore ' +
    // not "palm": alone it is Palm Inc ("Shares of Palm fell"); the commodity is written "palm oil" or "palm futures"
    'steel coal wheat corn maize soybeans soybean soy sugar coffee cocoa cotton rubber gas lng futures lumber cattle ' +
    'hogs rice oats barley canola rapeseed uranium lithium cobalt gasoline petrol diesel gasoil kerosene heating metal').split(' '),
);
/** "Korea Zinc", "Newmont Gold": a capitalised commodity word after another capitalised word names a company. */
function isCompanyNamedAfterCommodity(subject: string, ws: string[]): boolean {
  if (ws.some((w) => MARKET_INSTRUMENTS.has(w))) return false;
  const written = subject.split(/[^\p{L}\p{N}&-]+/u).filter(Boolean);
  return written.some((w, k) => k > 0 && COMMODITY_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(written[k - 1]) && !COMMODITY_WORDS.has(written[k - 1].toLowerCase()));
}
const MARKET_INSTRUMENTS = new Set(['futures', 'spot', 'crude', 'prices', 'price', 'brent', 'wti', 'benchmark', 'contract', 'contracts']);

/** Traded things that are neither stocks, indices, commodities nor currencies. */
const CRYPTO_WORDS = new Set(['bitcoin', 'ether', 'ethereum', 'cryptocurrency', 'cryptocurrencies', 'crypto', 'solana', 'dogecoin', 'xrp']);
const CURRENCY_WORDS = new Set(
  ('currency currencies greenback dollar buck loonie aussie kiwi swissie yen won yuan renminbi euro sterling pound franc ' +
    'rupee ruble rouble lira peso ringgit baht rupiah krona krone zloty forint shekel rand real dong hryvnia ' +
    'dinar dirham riyal rial naira cedi shilling lev leu koruna tenge kwacha taka crown mark guilder').split(' '),
);

/** Words of subjects split before (articles repeat their subjects); cleared when full. */
const splitCache = new Map<string, string[]>();
const SPLIT_CACHE_LIMIT = 5000;

function words(subject: string): string[] {
  let ws = splitCache.get(subject);
  if (!ws) {
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    ws = subject.toLowerCase().split(/[^\p{L}\p{N}&-]+/u).filter(Boolean);
    splitCache.set(subject, ws);
  }
  return ws;
}

/**
 * Whether a subject names something that is not traded: company results, economic statistics,
 * rates and yields, stakes ("net profit", "retail sales", "the unemployment rate", "consumer prices").
 *
 * @example
 * isNotTraded('net profit'); // => true
 * isNotTraded('Samsung Electronics'); // => false
 */
export function isNotTraded(subject: string): boolean {
  return memoised(notTradedCache, subject, notTraded);
}

/** {@link isNotTraded} and {@link subjectKind} by subject: pure functions of the words, asked again for every mention of a name. */
const notTradedCache = new Map<string, boolean>();
const kindCache = new Map<string, SubjectKind>();

/** `compute(subject)` through a bounded memo (cleared when full). */
function memoised<T>(cache: Map<string, T>, subject: string, compute: (subject: string) => T): T {
  let found = cache.get(subject);
  if (found === undefined) {
    if (cache.size >= SPLIT_CACHE_LIMIT) cache.clear();
    found = compute(subject);
    cache.set(subject, found);
  }
  return found;
}

function notTraded(subject: string): boolean {
  const ws = words(subject);
  // "Credit Suisse shares", "General Growth shares": a capitalised word of a name whose shares are named is no statistic
  // …and so is one of a name with its legal form ("PMI Group Inc, whose stock slid 3.4 percent")
  const legal = LEGAL_FORMS.has(ws[ws.length - 1] ?? '');
  const shares = ws.includes('shares') || ws.includes('stock');
  const written = shares || legal ? subject.split(/[^\p{L}\p{N}&-]+/u).filter(Boolean) : [];
  const named = (k: number) => (shares && /^\p{Lu}\p{Ll}/u.test(written[k] ?? '')) || (legal && /^\p{Lu}/u.test(written[k] ?? ''));
  // "household buying power", "(cost of) living index", "the euro zone's gross domestic product", "the core index", "the
  // food index" (of the consumer price report), "Book value … rose 27 percent": statistics; "American
  // Power Conversion" is a company
  // "Capital equipment prices edged down 0.2 percent", "NAND flash memory chip prices", "Light truck prices rose 3.4
  // percent": prices of something neither a commodity, a currency nor a market are a price statistic
  if ((ws[ws.length - 1] === 'prices' || ws[ws.length - 1] === 'price') && !shares && !ws.includes('share') && kindOf(subject) === 'stock') return true;
  return ws.some((w, k) => (NOT_TRADED.has(w) && !named(k)) || (w === 'power' && (ws[k - 1] === 'buying' || ws[k - 1] === 'purchasing')) || (w === 'living' && ws[k + 1] === 'index') || ((w === 'prices' || w === 'price') && PRICE_STATISTICS.has(ws[k - 1] ?? '')) || (w === 'share' && ws[k - 1] === 'market') || (w === 'product' && ws[k - 1] === 'domestic') || (w === 'index' && (ws[k - 1] === 'core' || ws[k - 1] === 'food')) || (w === 'value' && ws[k - 1] === 'book'));
}

/** Countries and regions a report's figures are broken down by ("a 1-percent decline in the United States"). */
const PLACES = new Set(
  ('united states|u.s.|u.s|us|usa|america|north america|south america|latin america|central america|the americas|americas|europe|western europe|' +
    'eastern europe|central europe|asia|asia pacific|asia-pacific|asia/pacific|middle east|africa|japan|china|mainland china|germany|france|britain|' +
    'united kingdom|u.k.|uk|spain|italy|india|brazil|russia|canada|mexico|korea|south korea|taiwan|australia|indonesia|thailand|malaysia|' +
    'philippines|vietnam|turkey|poland|greece|argentina|chile|new zealand|switzerland|sweden|norway|denmark|finland|netherlands|belgium|' +
    'austria|ireland|portugal|south africa|egypt|saudi arabia|northeast|midwest|south|west|california|florida|nevada|arizona|texas|michigan')
    .split('|'),
);

/**
 * Whether a subject is only a country or region ("the United States", "North America", "Germany"): on wire text such a
 * subject's figure is a statistic broken down by place (sales, deliveries, GDP), not a traded price; a market is named
 * by its index or its shares ("Japan's Nikkei", "German shares").
 *
 * @example
 * isPlaceOnly('the United States'); // => true
 * isPlaceOnly("Japan's Nikkei"); // => false
 */
export function isPlaceOnly(subject: string): boolean {
  return PLACES.has(subject.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());
}

/**
 * The kind of a traded subject: "index" for named indices and "… index/average", "currency" for
 * currency names, "commodity" for oil, metals, crops, "market" for stocks/shares/market in general,
 * "stock" for other capitalised names, "other" for the rest.
 *
 * @example
 * subjectKind('Hang Seng Tech Index'); // => 'index'
 * subjectKind('South Korean stocks'); // => 'market'
 * subjectKind('SK hynix'); // => 'stock'
 */
export function subjectKind(subject: string): SubjectKind {
  return memoised(kindCache, subject, kindOf);
}

function kindOf(subject: string): SubjectKind {
  // "EUR/USD", "the USD/JPY pair"
  if (/\b[A-Z]{3}\/[A-Z]{3}\b/.test(subject)) return 'currency';
  const ws = words(subject);
  const last = ws[ws.length - 1] ?? '';
  if (ws.some((w) => INDEX_NAMES.has(w) || INDEX_FAMILIES.test(w)) || INDEX_WORDS.has(last) || ws.includes('index')) {
    if (ws.includes('dollar') || CURRENCY_WORDS.has(ws[0] ?? '')) return 'currency';
    return 'index';
  }
  if (ws.some((w) => COMMODITY_WORDS.has(w)) && !isCompanyNamedAfterCommodity(subject, ws)) return 'commodity';
  if (ws.some((w) => CRYPTO_WORDS.has(w))) return 'other';
  if (CURRENCY_WORDS.has(last) || (ws.some((w) => CURRENCY_WORDS.has(w)) && !MARKET_WORDS.has(last) && !/\p{Lu}/u.test(subject.replace(/\b[A-Z][a-z]+(?:an|ese|ish|ch)\b/g, '')))) return 'currency';
  if (last === 'market' || last === 'markets' || last === 'stocks' || last === 'equities' || last === 'bourse' || last === 'bourses') return 'market';
  if (last === 'shares' && subject.split(/[^\p{L}\p{N}&-]+/u).every((w) => !/\p{Lu}/u.test(w) || isRegionWord(w) || w === 'South' || w === 'North')) return 'market';
  if (/\p{Lu}/u.test(subject)) return 'stock';
  return 'other';
}

/**
 * Whether a lower-case subject names something traded outside the other kinds ("bitcoin").
 *
 * @example
 * isOtherTraded('bitcoin'); // => true
 */
export function isOtherTraded(subject: string): boolean {
  return words(subject).some((w) => CRYPTO_WORDS.has(w));
}
