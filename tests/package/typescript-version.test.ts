/**
 * `npm run typecheck` (and so `npm test`) checks with the project's TypeScript (devDependency ~5.9), not
 * tslab's bundled 5.0.4: both packages declare a `tsc` binary, and npm links node_modules/.bin/tsc to
 * whichever it links last (here @tslab/typescript-for-tslab), so a bare `tsc` in a script runs 5.0.4.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const projectVersion = (JSON.parse(readFileSync(require.resolve('typescript/package.json', { paths: [root] }), 'utf8')) as { version: string }).version;

describe('the TypeScript the scripts run', () => {
  it('is the devDependency (5.9), as the README says', () => {
    expect(pkg.devDependencies.typescript).toBe('~5.9.3');
    expect(projectVersion).toMatch(/^5\.9\./);
  });

  it('npm run typecheck runs it', () => {
    const out = execFileSync('npm', ['run', '--silent', 'typecheck', '--', '--version'], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe(`Version ${projectVersion}`);
  });
});
