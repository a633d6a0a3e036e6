import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { chartCommand } from './chart';
import { checkCommand } from './check';
import { eventStudyCommand } from './event-study';
import { factsCommand } from './facts';

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [analyzeCommand, checkCommand, chartCommand, eventStudyCommand, factsCommand];
