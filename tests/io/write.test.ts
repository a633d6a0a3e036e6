import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, frameRecords, movesFrame, seedArticle, writeJson, writeTextFile } from 'market-reaction';

const tmp = mkdtempSync(join(tmpdir(), 'mr-write-'));

describe('writeJson', () => {
  it('writes a DataFrame as records', () => {
    const path = join(tmp, 'moves.json');
    writeJson(path, movesFrame(seedArticle().facts));
    const records = JSON.parse(readFileSync(path, 'utf8'));
    expect(records[1]).toMatchObject({ id: 'move-kospi', name: 'KOSPI', change_pct: 1.05, date: '2019-08-20', quote_start: 2091 });
  });

  it('writes any value pretty-printed', () => {
    const path = join(tmp, 'x.json');
    writeJson(path, { excess_pp: 0.9 });
    expect(readFileSync(path, 'utf8')).toBe('{\n  "excess_pp": 0.9\n}\n');
  });
});

describe('frameRecords', () => {
  it('maps rows to objects', () => {
    expect(frameRecords({ columns: [{ name: 'a', dtype: 'int32' }, { name: 'b', dtype: 'string' }], rows: [[1, null]] })).toEqual([{ a: 1, b: null }]);
  });
});

describe('writeTextFile', () => {
  it('names the file it cannot write', () => {
    const blocker = join(tmp, 'blocker');
    writeFileSync(blocker, 'a file, not a folder');
    expect(() => writeTextFile(join(blocker, 'out.csv'), 'x')).toThrow(InputError);
    expect(() => writeTextFile(join(blocker, 'out.csv'), 'x')).toThrow(/blocker\/out\.csv: cannot write \(a folder on the path is an existing file\)/);
  });
});
