import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// bin/market-reaction.js runs dist/cli/<command>.bundle.js only when no compile came after the bundle:
// not older than dist/cli/main.js (a full `npm run build`) nor than dist.tsbuildinfo (which an
// incremental or watching tsc rewrites whenever it rewrites any file). Checked on a stand-in package
// whose two entry points say which one ran.
describe('launcher: bundle or main.js', () => {
  const root = mkdtempSync(join(tmpdir(), 'mr-launcher-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  copyFileSync(join(__dirname, '..', '..', 'bin', 'market-reaction.js'), join(root, 'bin', 'market-reaction.js'));
  const entry = (name: string) => `exports.guardStandardOutput = () => {}; exports.runCli = async () => { process.stdout.write('${name}'); return 0; };\n`;
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), entry('main'));
  writeFileSync(join(root, 'dist', 'cli', 'event-study.bundle.js'), entry('bundle'));
  const at = (file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);
  const ran = (command = 'event-study') => execFileSync(process.execPath, [join(root, 'bin', 'market-reaction.js'), command], { encoding: 'utf8' });

  it('runs the bundle when it was written after the compile', () => {
    at('dist/cli/main.js', 1000);
    at('dist/cli/event-study.bundle.js', 2000);
    expect(ran()).toBe('bundle');
    // the same time (npm pack gives every file of the tarball one date)
    at('dist/cli/event-study.bundle.js', 1000);
    expect(ran()).toBe('bundle');
  });

  it('runs main.js after a full compile that came later', () => {
    at('dist/cli/main.js', 3000);
    at('dist/cli/event-study.bundle.js', 2000);
    expect(ran()).toBe('main');
  });

  it('runs main.js after an incremental compile that rewrote other files only (tsbuildinfo newer)', () => {
    at('dist/cli/main.js', 1000);
    at('dist/cli/event-study.bundle.js', 2000);
    writeFileSync(join(root, 'dist.tsbuildinfo'), '{}');
    at('dist.tsbuildinfo', 3000);
    expect(ran()).toBe('main');
    at('dist.tsbuildinfo', 1500);
    expect(ran()).toBe('bundle');
    rmSync(join(root, 'dist.tsbuildinfo'));
  });

  it('runs main.js for a command without a bundle', () => {
    expect(ran('chart')).toBe('main');
  });
});
