// The JSON options header records the tests asked for (--tests, --no-by-day); a default run's header is unchanged.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { optionsJson } from '../../src/eventstudy/json';
import { resolveEventStudyOptions } from '../../src/eventstudy/options';

const ROOT = join(__dirname, '..', '..');
const AAPL = join(ROOT, 'node_modules', '@observablehq', 'sample-datasets', 'aapl.csv');
const SP500 = join(ROOT, 'node_modules', 'vega-datasets', 'data', 'sp500-2000.csv');

async function json(...extra: string[]) {
  const out: string[] = [];
  const code = await runCli(['event-study', '--stock', AAPL, '--market', SP500, '--event', '2016-04-27', '--event', '2015-07-22', '--quiet', ...extra], { stdout: (t) => void out.push(t), stderr: () => {} });
  expect(code).toBe(0);
  return out.join('\n');
}

describe('options header: the asked tests', () => {
  it('optionsJson records tests and tests_by_day only when they differ from the defaults', () => {
    expect(Object.keys(optionsJson(resolveEventStudyOptions({})))).not.toContain('tests');
    const asked = optionsJson(resolveEventStudyOptions({ tests: ['bmp', 'cross_sectional_t'], testsByDay: false }));
    expect(asked).toMatchObject({ tests: ['cross_sectional_t', 'bmp'], tests_by_day: false });
  });

  it('--format json and jsonl carry them; average_correlation is null when no asked test reads r̄', async () => {
    const doc = JSON.parse(await json('--format', 'json', '--tests', 'cross_sectional_t,bmp', '--no-by-day'));
    expect(doc.tests).toEqual(['cross_sectional_t', 'bmp']);
    expect(doc.tests_by_day).toBe(false);
    expect(doc.aggregate.tests.map((t: { name: string }) => t.name)).toEqual(['cross_sectional_t', 'bmp']);
    expect(doc.aggregate.average_correlation).toBeNull();
    const last = JSON.parse((await json('--format', 'jsonl', '--tests', 'kolari_pynnonen')).trim().split('\n').pop()!);
    expect(last).toMatchObject({ type: 'aggregate', tests: ['kolari_pynnonen'] });
    expect('tests_by_day' in last).toBe(false);
    expect(typeof last.aggregate.average_correlation).toBe('number');
    const full = JSON.parse(await json('--format', 'json'));
    expect('tests' in full || 'tests_by_day' in full).toBe(false);
  });
});
