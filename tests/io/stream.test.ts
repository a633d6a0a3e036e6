import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileSink } from '../../src/io/stream';

const tmp = () => mkdtempSync(join(tmpdir(), 'mr-stream-'));

describe('openFileSink', () => {
  it('writes through a symbolic link (the link stays, its target gets the text)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.txt'), 'OLD\n');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const sink = openFileSink(join(dir, 'link.txt'));
    sink.write('new\n');
    sink.close();
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('refuses a dangling link in one line, naming it', () => {
    const dir = tmp();
    symlinkSync('nowhere/x.txt', join(dir, 'dangling.txt'));
    expect(() => openFileSink(join(dir, 'dangling.txt'))).toThrow(/dangling\.txt.*symbolic link to a missing/);
  });

  it("leaves the signal to a caller's own handler: called once, the sink still writes", () => {
    const dir = tmp();
    const out = join(dir, 'out.txt');
    const stream = resolve(__dirname, '../../dist/io/stream.js'); // built by `npm test`'s pretest, as the CLI tests use it
    // The caller's handler keeps the process alive (as a notebook kernel's interrupt does).
    const script = `
      const { openFileSink } = require(${JSON.stringify(stream)});
      let calls = 0;
      process.on('SIGINT', () => { calls += 1; });
      const sink = openFileSink(${JSON.stringify(out)});
      sink.write('a\\n');
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => { sink.write('b\\n'); sink.close(); console.log(calls); }, 100);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('1');
    expect(readFileSync(out, 'utf8')).toBe('a\nb\n');
  });
});
