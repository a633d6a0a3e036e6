import type { Command } from '../command';

/**
 * A subcommand as `market-reaction --help` lists it. Its module (and what it imports:
 * vega, resvg, chrono-node, danfojs…) is loaded only when that command runs or shows
 * its own help, so `--help` and each command start without the others' libraries.
 * `summary` repeats the command's own (a test checks they agree).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'an article → its moves, relative move, conversions; CSV/JSON tables (main job)',
    load: async () => (await import('./analyze')).analyzeCommand,
  },
  {
    name: 'check',
    summary: "verify an article's stated price moves against real prices (confirmed / contradicted / not checkable)",
    load: async () => (await import('./check')).checkCommand,
  },
  {
    name: 'chart',
    summary: 'draw one chart (reaction, beta, conversion, spread, timeline, ar-car, caar) as SVG, PNG, HTML or JSON',
    load: async () => (await import('./chart')).chartCommand,
  },
  {
    name: 'event-study',
    summary: 'Abnormal returns, CARs and significance tests around event dates from price CSVs, panels or Parquet',
    load: async () => (await import('./event-study')).eventStudyCommand,
  },
  {
    name: 'facts',
    summary: 'find price moves, money amounts, conversions, dates and entities in an article (or --jsonl passages)',
    load: async () => (await import('./facts')).factsCommand,
  },
];
