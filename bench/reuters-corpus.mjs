// The Reuters 2006–2009 corpus the benches read (ReutersNews106521 of duynht/financial-news-dataset, fetched
// into the mirror below): its paths, its bodies read with one git process, and the seeded generator the
// sampling benches draw with. 2010 onward is reserved for independent evaluation and never read here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const MIRROR = '/work/.mirror/duynht+financial-news-dataset/repo';

/** Whether the mirror is on this machine (benches skip the corpus, with a note, when it is not). */
export const hasMirror = () => existsSync(MIRROR);

/** Every article path of the 2006–2009 folders, sorted; `name` narrows to file names matching it. */
export function corpusPaths(name = /./) {
  return execFileSync('git', ['-C', MIRROR, 'ls-tree', '-r', '--name-only', 'HEAD', 'ReutersNews106521/'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\n')
    .filter((p) => /^ReutersNews106521\/200[6-9]\d{4}\//.test(p) && name.test(p.slice(p.lastIndexOf('/') + 1)))
    .sort();
}

/**
 * [{ path, text, published }] of `paths`: the body without the file's leading "-- title", "-- By …", "-- date",
 * "-- url" lines, published = the folder's date.
 */
export function readArticles(paths) {
  // one git process for all blobs: `cat-file --batch` answers "<sha> blob <size>\n<content>\n" per request
  const out = execFileSync('git', ['-C', MIRROR, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}\n`).join(''), maxBuffer: 1 << 30 });
  const articles = [];
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2]);
    const raw = out.subarray(eol + 1, eol + 1 + size).toString('utf8');
    at = eol + 1 + size + 1;
    const text = raw.split('\n').filter((line, i, all) => !(line.startsWith('-- ') && all.slice(0, i).every((l) => l.startsWith('-- ')))).join('\n');
    const folder = path.split('/')[1];
    articles.push({ path, text, published: `${folder.slice(0, 4)}-${folder.slice(4, 6)}-${folder.slice(6, 8)}` });
  }
  return articles;
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so a draw can be rebuilt exactly. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
