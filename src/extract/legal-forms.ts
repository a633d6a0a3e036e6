/** Legal forms of company names: the one list the extractor's grammars read ("Acme Corp", "Fifth Third Bancorp", "SAP SE", "Nokia Oyj"). */

/**
 * Legal forms that end a company's name, lower case, without their period: Inc, Corp, Co, Ltd, Plc, Bhd (Malaysia),
 * AG, SA, NV, SE (European company), LLC, Bancorp, SpA (Italy), Oyj (Finland), ASA (Norway).
 *
 * @example
 * LEGAL_FORMS.has('oyj'); // => true ("Nokia Oyj")
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'bhd', 'ag', 'sa', 'nv', 'se', 'llc', 'bancorp', 'spa', 'oyj', 'asa']);
