import { describe, expect, it } from 'vitest';
import { isoDateOption, parseCommandArgs } from '../../src/cli/args';
import { UsageError } from 'market-reaction';

describe('parseCommandArgs', () => {
  const options = { window: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } } as const;

  it('reads a value starting with a dash and a digit as the option value', () => {
    const { values } = parseCommandArgs('chart', ['--window', '-5,5', '--out', 'x.svg'], options);
    expect(values).toEqual({ window: '-5,5', out: 'x.svg' });
  });

  it('still refuses an option where a value was expected', () => {
    expect(() => parseCommandArgs('chart', ['--out', '--quiet'], options)).toThrow(UsageError);
  });

  it('names the command and the unknown option in one line', () => {
    expect(() => parseCommandArgs('chart', ['--colour', 'red'], options)).toThrow(/^chart: Unknown option '--colour'$/);
  });

  it('refuses positionals unless allowed', () => {
    expect(() => parseCommandArgs('event-study', ['a.csv'], options)).toThrow(UsageError);
    expect(parseCommandArgs('analyze', ['a.txt'], options, true).positionals).toEqual(['a.txt']);
  });
});

describe('command registry', () => {
  it("lists each command with the command's own summary, without loading it for --help", async () => {
    const { commands } = await import('../../src/cli/commands/index');
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
  });
});

describe('isoDateOption', () => {
  it('returns a calendar date as given, undefined when absent', () => {
    expect(isoDateOption('analyze', '2019-08-20')).toBe('2019-08-20');
    expect(isoDateOption('analyze', undefined)).toBeUndefined();
  });
  it('words every command\'s error the same way, naming the option', () => {
    expect(() => isoDateOption('facts', 'yesterday')).toThrow(new UsageError('facts: --published must be a calendar date YYYY-MM-DD, got "yesterday"'));
    // 2019 is not a leap year: a well-formed string that is no calendar date.
    expect(() => isoDateOption('check', '2019-02-29')).toThrow('check: --published must be a calendar date YYYY-MM-DD, got "2019-02-29"');
    expect(() => isoDateOption('chart', '20/08/2019', '--event')).toThrow('chart: --event must be a calendar date YYYY-MM-DD, got "20/08/2019"');
  });
});
