// The held-out extraction sets nobody tuning the extractor may read item by item (eval/README.md): the eval scripts
// print only their aggregates, and benches that run them (bench/extraction-identity.mjs) never print their text.
// A set leaves this list when a stop puts it into tuning (its README says from which stop).
export const SEALED_SETS = new Set(['holdout4', 'holdout5']);
