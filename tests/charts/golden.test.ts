import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSVG } from 'market-reaction';
import { fixtureSpecs } from './fixtures';

const GOLDEN = join(__dirname, 'golden');

/** SVG with numbers inside tags rounded to 1 decimal and generated ids renumbered, so only visible changes show. */
function normalise(svg: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/<[^>]*>/g, (tag) => tag.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10)))
    .replace(/\b(clip|gradient|pattern)\d+\b/g, (id) => renumber(id))
    .replace(/></g, '>\n<');
}

describe('golden SVG snapshots (set UPDATE_GOLDEN=1 to rewrite)', () => {
  const specs = fixtureSpecs();
  it.each(Object.keys(specs))('%s', async (name) => {
    const actual = normalise(await toSVG(specs[name]));
    const file = join(GOLDEN, `${name}.svg`);
    const changed = join(GOLDEN, `${name}-changed.svg`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(changed, actual);
    else rmSync(changed, { force: true });
    expect(actual === expected, `${name}.svg changed: compare with ${changed}`).toBe(true);
  });
});
