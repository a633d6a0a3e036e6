#!/usr/bin/env node
// Builds vendor/danfojs/: danfojs-node 1.2.0 bundled into one CommonJS file with the
// pure-JavaScript TensorFlow.js core (CPU backend), plus its declarations made
// self-contained. The published package ships this folder instead of depending on
// danfojs-node, whose install needs a SheetJS CDN tarball and a native TensorFlow
// download (see README "Dependencies"). Runs before `tsc` in `npm run build`;
// skips itself when its inputs have not changed.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'vendor', 'danfojs');
const shims = join(root, 'scripts', 'vendor');
const require = createRequire(join(root, 'package.json'));
const danfoRoot = join(root, 'node_modules', 'danfojs-node');
/** A package's package.json, found the way Node finds the package (some forbid resolving package.json via exports). */
function manifest(name, from = root) {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    if (dirname(dir) === dir) throw new Error(`vendor-danfojs: ${name} is not installed (npm ci first)`);
  }
}
const version = (name) => manifest(name).version;

const inputs = [
  readFileSync(fileURLToPath(import.meta.url)),
  ...readdirSync(shims).sort().map((name) => readFileSync(join(shims, name))),
  ['danfojs-node', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', 'mathjs', 'xlsx'].map(version).join(' '),
];
const stamp = createHash('sha256').update(inputs.join('\0')).digest('hex');
const stampFile = join(out, '.stamp');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && !process.argv.includes('--force')) process.exit(0);

const { build } = require('esbuild');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(danfoRoot, 'dist/danfojs-node/src/index.js')],
  outfile: join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  keepNames: true,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'error',
  alias: {
    '@tensorflow/tfjs-node': join(shims, 'tfjs.cjs'),
    'node-fetch': join(shims, 'node-fetch.cjs'),
    request: join(shims, 'request.cjs'),
    mathjs: join(shims, 'mathjs.cjs'),
    xlsx: join(shims, 'xlsx.cjs'),
  },
  // danfojs's plotting needs a browser (plotly); it requires it lazily, inside plot().
  external: ['plotly.js-dist-min', './xlsx.js'],
});
// SheetJS on its own, loaded by the xlsx stand-in on first use.
const sheetjs = await build({
  entryPoints: [join(root, 'node_modules', 'xlsx', 'xlsx.js')],
  outfile: join(out, 'xlsx.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'error',
});

// Declarations: danfojs's own, with imports of other packages pointed at minimal stand-ins.
const typesFrom = join(danfoRoot, 'dist');
const typesTo = join(out, 'types');
const EXTERNAL = /^import (\w+|\{[^}]*\}) from ["'](request|stream|table|plotly\.js-dist-min|node-fetch|papaparse|xlsx)["'];$/gm;
function copyDeclarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyDeclarations(path);
    else if (name.endsWith('.d.ts')) {
      const target = join(typesTo, relative(typesFrom, path));
      let externals = relative(dirname(target), join(typesTo, 'externals')).replaceAll('\\', '/');
      if (!externals.startsWith('.')) externals = `./${externals}`;
      const text = readFileSync(path, 'utf8')
        .replace(/^\/\/\/ <reference types="node" \/>\n/m, '')
        .replace(EXTERNAL, (_, names) => `import type ${names.startsWith('{') ? names : `{ ${names} }`} from "${externals}";`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}
copyDeclarations(typesFrom);
cpSync(join(shims, 'externals.d.ts'), join(typesTo, 'externals.d.ts'));
writeFileSync(join(out, 'index.d.ts'), "export * from './types/danfojs-node/src/index';\n");

// Licences of everything bundled, from the metafile.
const packages = new Map();
for (const input of [result, sheetjs].flatMap((built) => Object.keys(Object.values(built.metafile.outputs)[0].inputs))) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
  if (match && !packages.has(match[1])) {
    const { version: bundled, license } = manifest(match[1], danfoRoot);
    packages.set(match[1], `${match[1]} ${bundled} — ${license ?? 'see package'}`);
  }
}
writeFileSync(
  join(out, 'LICENSES.md'),
  `# Bundled in vendor/danfojs/index.js and xlsx.js\n\nBuilt by scripts/vendor-danfojs.mjs; each package's licence text is in its own npm package.\n\n${[...packages.values()].sort().map((line) => `- ${line}`).join('\n')}\n`,
);
writeFileSync(stampFile, stamp);
console.log(`vendor/danfojs: ${(statSync(join(out, 'index.js')).size / 1e6).toFixed(2)} MB bundle, ${packages.size} packages`);
