/**
 * market-reaction: the public API.
 *
 * Everything a user's script or notebook can import from 'market-reaction'
 * is re-exported here, grouped by concept. Modules not listed here are internal.
 */

// Errors
export * from './errors';

// Article facts and their provenance
export * from './article/index';

// DataFrames of facts
export * from './frames/index';

// Relative moves
export * from './returns/index';

// Money and exchange rates
export * from './money/index';

// Fact extraction from any article
export * from './extract/index';

// Price series
export * from './prices/index';

// Event studies
export * from './eventstudy/index';

// Event-study reports (HTML, charts)
export * from './report/index';

// Distribution functions
export * from './stats/index';

// Charts: specs
export * from './charts/index';

// Charts: rendering (SVG, PNG, HTML, JSON)
export * from './render/index';

// Notebook display
export * from './display/index';

// Files in and out
export * from './io/index';

// Whole-article analysis
export * from './analysis/index';

// Checking an article's stated moves against real prices.
export * from './check/index';
