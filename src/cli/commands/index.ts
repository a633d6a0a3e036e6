import type { CliIO, Command } from '../command';

/**
 * A command whose module is loaded only when it runs (or shows its help): start-up
 * then costs only what the command used needs (event-study never loads the article
 * extractors, chrono-node or the chart renderers).
 */
function lazy(name: string, summary: string, load: () => Promise<Command>): Command {
  let loaded: Promise<Command> | undefined;
  const get = () => (loaded ??= load());
  return { name, summary, help: '', load: get, run: async (args: string[], io: CliIO) => (await get()).run(args, io) };
}

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [
  lazy('analyze', 'an article → its moves, relative move, conversions; CSV/JSON tables (main job)', async () => (await import('./analyze')).analyzeCommand),
  lazy('check', "verify an article's stated price moves against real prices (confirmed / contradicted / not checkable)", async () => (await import('./check')).checkCommand),
  lazy('chart', 'draw one chart (reaction, beta, conversion, spread, timeline, ar-car, caar) as SVG, PNG, HTML or JSON', async () => (await import('./chart')).chartCommand),
  lazy('event-study', 'Abnormal returns, CARs and significance tests around event dates from price CSVs, panels or Parquet', async () => (await import('./event-study')).eventStudyCommand),
  lazy('facts', 'find price moves, money amounts, conversions, dates and entities in an article (or --jsonl passages)', async () => (await import('./facts')).factsCommand),
];
