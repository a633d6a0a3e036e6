/**
 * The words and symbols news text writes money with, for `parseMoney`. Matched case-insensitively;
 * words as whole words. Ambiguous bare words ("francs", "crowns", "pesos") are left out: they need a
 * qualifier ("Swiss francs", "Swedish crowns", "Mexican pesos").
 */

/** Scale words and abbreviations → power of ten. */
/** A word table without a prototype: "constructor" or "__proto__" in a text finds nothing, never Object.prototype. */
function vocabulary<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const SCALES: Readonly<Record<string, number>> = vocabulary({
  thousand: 3, k: 3,
  lakh: 5, lakhs: 5, crore: 7, crores: 7, cr: 7,
  million: 6, mln: 6, mn: 6, mm: 6, m: 6, mil: 6,
  billion: 9, bln: 9, bn: 9, bil: 9, b: 9,
  trillion: 12, tn: 12, tln: 12, trn: 12, trln: 12,
  quadrillion: 15,
});

/** Currency symbols → ISO code. "$" and "¥" take their most common reading (USD, JPY). */
export const SYMBOLS: Readonly<Record<string, string>> = vocabulary({
  'US$': 'USD', 'U.S.$': 'USD', 'HK$': 'HKD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD',
  'S$': 'SGD', 'NT$': 'TWD', 'NZ$': 'NZD', 'R$': 'BRL', 'Rs.': 'INR', 'Rs': 'INR',
  '$': 'USD', '₩': 'KRW', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '฿': 'THB', '₱': 'PHP',
});

/** A currency word's meaning: the currency, and 10^power units of it per word unit (cents: −2). */
export interface CurrencyWord {
  currency: string;
  power: number;
}

/** Qualifier before "dollars"/"dlrs"/"cents" → currency ("" = unqualified, read as USD as Reuters does). */
const DOLLAR_QUALIFIERS: Record<string, string> = vocabulary({
  '': 'USD', 'u.s.': 'USD', us: 'USD', american: 'USD',
  canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', hk: 'HKD',
  singapore: 'SGD', taiwan: 'TWD', 'new taiwan': 'TWD', taiwanese: 'TWD', 'new zealand': 'NZD', 'n.z.': 'NZD', nz: 'NZD',
});
const CROWN_QUALIFIERS: Record<string, string> = vocabulary({ swedish: 'SEK', danish: 'DKK', norwegian: 'NOK' });

/** Other currency words (singular and plural spellings) → ISO code. */
const PLAIN_WORDS: Record<string, string> = vocabulary({
  won: 'KRW', 'korean won': 'KRW', 'south korean won': 'KRW',
  yen: 'JPY', 'japanese yen': 'JPY', yuan: 'CNY', renminbi: 'CNY', 'chinese yuan': 'CNY',
  euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', stg: 'GBP', 'pounds sterling': 'GBP', 'british pounds': 'GBP',
  'swiss franc': 'CHF', 'swiss francs': 'CHF', rupee: 'INR', rupees: 'INR', 'indian rupees': 'INR',
  rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  real: 'BRL', reais: 'BRL', 'brazilian reais': 'BRL', rand: 'ZAR', lira: 'TRY', 'turkish lira': 'TRY',
  'mexican peso': 'MXN', 'mexican pesos': 'MXN', 'philippine pesos': 'PHP', zloty: 'PLN', forint: 'HUF',
  shekel: 'ILS', shekels: 'ILS', riyal: 'SAR', riyals: 'SAR', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'uae dirhams': 'AED',
});

function buildWords(): Map<string, CurrencyWord> {
  const words = new Map<string, CurrencyWord>();
  const add = (qualifier: string, nouns: string[], currency: string, power = 0) => {
    for (const noun of nouns) words.set(qualifier ? `${qualifier} ${noun}` : noun, { currency, power });
  };
  for (const [qualifier, currency] of Object.entries(DOLLAR_QUALIFIERS)) {
    add(qualifier, ['dollar', 'dollars', 'dlr', 'dlrs'], currency);
    add(qualifier, ['cent', 'cents', 'ct', 'cts'], currency, -2);
  }
  for (const [qualifier, currency] of Object.entries(CROWN_QUALIFIERS)) add(qualifier, ['crown', 'crowns', 'krona', 'kronor', 'krone', 'kroner'], currency);
  add('', ['pence', 'penny', 'pennies'], 'GBP', -2);
  add('euro', ['cent', 'cents'], 'EUR', -2);
  for (const [word, currency] of Object.entries(PLAIN_WORDS)) add('', [word], currency);
  return words;
}

/** Every currency word, lower case with single spaces → its meaning. */
export const WORDS: ReadonlyMap<string, CurrencyWord> = buildWords();
