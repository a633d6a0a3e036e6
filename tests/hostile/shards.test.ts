// `event-study --shard I/K` and `event-study merge`: every way a set of partials can fail to be one study is refused with one line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPanel, writePanelFiles } from '../panel/fixture';
import { cli, expectOneLineError, expectNoTemporaryFiles, tmp } from './helpers';

const dir = tmp('mr-shards-');
const files = writePanelFiles(dir, syntheticPanel(6, 700, 40));
const base = ['event-study', '--panel', files.long, '--market', files.market, '--events', files.events, '--quiet'];
const part = (name: string) => join(dir, name);

async function shard(i: number, k: number, name: string, extra: string[] = [], events = files.events) {
  const run = await cli([...base.slice(0, 6), events, '--quiet', '--shard', `${i}/${k}`, '--partial', part(name), '--format', 'jsonl', ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return part(name);
}

describe('shards and merge, refused when they are not one study', () => {
  const p: string[] = [];
  beforeAll(async () => {
    for (let i = 1; i <= 3; i++) p.push(await shard(i, 3, `p${i}.json`));
  }, 120_000);

  it('all shards merge (the 1e-12 agreement is tests/eventstudy/partial.test.ts); a missing shard is refused unless --allow-missing', async () => {
    expect((await cli(['event-study', 'merge', ...p])).code).toBe(0);
    expectOneLineError(await cli(['event-study', 'merge', p[0], p[2]]), 1, /shard 2\/3 missing: .*--allow-missing/);
    const allowed = await cli(['event-study', 'merge', p[0], p[2], '--allow-missing', '--format', 'json']);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).missing_shards).toEqual(['2/3']);
  });

  it('the same shard twice, shards of another K, another window, another events file: one line naming the file', async () => {
    expectOneLineError(await cli(['event-study', 'merge', p[0], p[1], p[1], p[2]]), 1, /p2\.json: shard 2\/3 is also given as .*p2\.json/);
    const k2 = await shard(1, 2, 'k2.json');
    expectOneLineError(await cli(['event-study', 'merge', k2, p[1], p[2]]), 1, /p2\.json: is shard 2\/3 but .*k2\.json is shard 1\/2/);
    const window = await shard(2, 3, 'w.json', ['--window', '-5,5']);
    expectOneLineError(await cli(['event-study', 'merge', p[0], window, p[2]]), 1, /w\.json: was run with other options than .*p1\.json \(window \[-5,5\] here, \[-1,1\] there\)/);
    const fewer = join(dir, 'fewer.csv');
    writeFileSync(fewer, readFileSync(files.events, 'utf8').split('\n').slice(0, 30).join('\n'));
    const other = await shard(2, 3, 'other.json', [], fewer);
    expectOneLineError(await cli(['event-study', 'merge', p[0], other, p[2]]), 1, /other\.json: comes from another study than .*\(29 events here, 40 there\)/);
    // Same count, one event's date changed: the events' hash differs.
    const moved = join(dir, 'moved.csv');
    writeFileSync(moved, readFileSync(files.events, 'utf8').replace(/^(T\d),(\d{4}-\d\d-)(\d\d)/m, (_, t, ym, d) => `${t},${ym}${d === '10' ? '11' : '10'}`));
    const movedPart = await shard(2, 3, 'moved.json', [], moved);
    expectOneLineError(await cli(['event-study', 'merge', p[0], movedPart, p[2]]), 1, /not the same ones/);
  }, 120_000);

  it('a truncated or edited partial is refused, never merged', async () => {
    const text = readFileSync(p[0], 'utf8');
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    expectOneLineError(await cli(['event-study', 'merge', truncated, p[1], p[2]]), 1, /truncated\.json: not a complete partial result .*run its shard again/);
    const data = JSON.parse(text);
    data.per_event.car.pop();
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(data));
    expectOneLineError(await cli(['event-study', 'merge', edited, p[1], p[2]]), 1, /edited\.json: damaged partial result: per_event\.car has \d+ values, expected \d+ events × 1/);
    expectOneLineError(await cli(["event-study", "merge", files.events]), 1, /events\.csv: not a partial result/);
  });

  it('an empty shard writes an empty partial that merges; --shard without --partial or --out is refused before any work', async () => {
    const one = join(dir, 'one.csv');
    writeFileSync(one, 'ticker,date,id\nT1,2016-03-01,only\n');
    const parts = [];
    for (let i = 1; i <= 4; i++) parts.push(await shard(i, 4, `one${i}.json`, [], one));
    const merged = await cli(['event-study', 'merge', ...parts, '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout).events_run).toBe(1);
    const noPartial = await cli([...base, '--shard', '1/3', '--format', 'jsonl']);
    expectOneLineError(noPartial, 2, /--shard needs --partial FILE/);
    expect(noPartial.stdout).toBe('');
    const overInput = await cli([...base, '--shard', '1/3', '--partial', files.events, '--format', 'jsonl']);
    expectOneLineError(overInput, 1, /refusing to overwrite an input file/);
    expect(overInput.stdout).toBe('');
    expect(existsSync(part('never.json'))).toBe(false);
    expectNoTemporaryFiles(dir);
  }, 120_000);
});
