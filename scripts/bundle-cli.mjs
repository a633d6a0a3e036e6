#!/usr/bin/env node
// Bundles the CLI once per listed command: dist/cli/<command>.bundle.js holds dist/cli/main.js and the
// dist modules that command imports (lazily imported ones included, still initialised only when
// used), and bin/market-reaction.js loads the one named by its first argument: Node 20 then
// resolves, stats and reads one file instead of ~100, and compiles only that command's code (the
// registry's imports of the other commands stay requires of their dist files, never reached in
// that process). Other invocations (help, --version, an unknown command) run dist/cli/main.js.
// Runs after tsc in `npm run build` and `prepare`; Node ≥ 22.1 also keeps its compile cache.
// npm packages stay external (loaded from node_modules when used, as before); so do the files
// outside dist that dist requires by relative path (vendor/danfojs, package.json), rewritten
// relative to the bundle. The bundles sit at the same depth as every dist/<concept>/ module, so
// their `join(__dirname, '..', '..', 'data', …)` still finds the package's data/ folder.
// The library entry (dist/index.js) is not bundled. Without esbuild (an install without dev
// dependencies) nothing is written and the launcher uses dist/cli/main.js.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');
const bundles = join(root, 'dist', 'cli');
const dist = join(root, 'dist');

let esbuild;
try {
  esbuild = createRequire(import.meta.url)('esbuild');
} catch {
  console.warn('market-reaction: esbuild not installed; the CLI runs from dist/cli/main.js (unbundled)');
  process.exit(0);
}
if (!existsSync(entry)) {
  console.error(`bundle-cli: ${relative(root, entry)} missing: run tsc first`);
  process.exit(1);
}

/**
 * The commands bundled (their modules are dist/cli/commands/<name>.js, as the registry imports
 * them): those run many times from scripts, where start-up is a large part of each run. Each
 * bundle and its map add ≈ 0.15 MB to the npm tarball (tests/package keeps it under 2 MB), so the
 * others (analyze, check, chart: seconds of vega/resvg/extraction work per run) stay unbundled.
 */
const commands = ['event-study', 'facts'];
for (const command of commands) {
  if (!existsSync(join(dist, 'cli', 'commands', `${command}.js`))) throw new Error(`bundle-cli: no command module dist/cli/commands/${command}.js`);
}
const registry = join(dist, 'cli', 'commands', 'index.js');

/**
 * Relative requires leaving dist/ stay separate files, required relative to the bundle; so do
 * the registry's imports of the other commands (never loaded in this command's process).
 */
const keepOutside = (command) => ({
  name: 'keep-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const otherCommand = args.importer === registry && args.path !== `./${command}`;
      if (!otherCommand && !relative(dist, target).startsWith('..')) return undefined;
      const path = relative(bundles, target).split('\\').join('/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
  },
});

for (const command of commands) {
  await esbuild.build({
    entryPoints: [entry],
    outfile: join(bundles, `${command}.bundle.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    // Stack traces (MARKET_REACTION_DEBUG=1) map back to dist's files, and through their own maps to src/.
    sourcemap: true,
    sourcesContent: false,
    // Whitespace only: names stay (stack traces, the bundles' maps); the tarball stays within its size budget.
    minifyWhitespace: true,
    logLevel: 'warning',
    plugins: [keepOutside(command)],
  });
}
