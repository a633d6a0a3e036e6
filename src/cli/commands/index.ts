import type { Command } from '../command';

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [];
