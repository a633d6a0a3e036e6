#!/usr/bin/env python3
"""Sampling rule for eval/real/articles (written and committed before any article was labelled; reads only file
names and article bodies, never extractor output).

Candidates: every ReutersNews106521/200[6-9]*/ file (2010 onward is reserved and never opened) whose file name is not
a market wrap or column (slug without 'markets', 'column', 'stocks', 'forex', 'bonds', 'oil-', 'wrapup', 'instant',
'factbox', 'timeline', 'scenarios', 'preview', 'diary'), whose body (header lines dropped, HTML cleaned, whitespace
collapsed) has 1,500-8,000 characters, names at least one equity code in brackets ("( XOM.N )") and contains the word
"percent" or "pct" at least once (company news that may state a move; articles without any move are kept when they
pass: they test precision).
Excluded: every document named in a source field or as a corpus path in any eval/real/**/*.jsonl on every local branch
and in every worktree (holdout4 and holdout5 included: only their source paths are read, by this script, never their
texts shown), every entry of eval/real/holdout4/excluded.json and of holdout5/excluded.json on branch s20-holdout5,
the lead's 22 probe articles of the brief (PROBES below, file-name prefixes), and near-duplicates (>= 10% of the
body's 60-character windows, step 20, occur in a known eval text: ../holdout3/h3.py's guard).
Order: sha1('s20-articles-2026' + path), ascending; the first 30 that pass, one per headline (first of repeats).
Second batch (drawn after the fixes, as a check nobody tuned on): `python3 sample.py 45 | tail -n 15` — the next 15 of
the same order (the exclusion list read at that time, so the first 30 are unchanged)."""
import hashlib, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout2'))
import h2  # noqa: E402
from h2 import R06, R06_REPO, git, clean, r06_allowed  # noqa: E402

SEED = 's20-articles-2026'
N = int(sys.argv[1]) if len(sys.argv) > 1 else 30
MAIN = '/work/main'
BAD_SLUG = re.compile(r'markets|column|stocks|forex|bonds|oil-|wrapup|instant|factbox|timeline|scenarios|preview|diary')
PROBES = ['20080209/us-usa-subprime', '20061107/us-autos-psa', '20080202/businesspro-penney', '20080410/us-exxon',
          '20070814/us-walmart', '20070408/us-column', '20080424/', '20061201/', '20071130/us-tiffany',
          '20080125/us-caterpillar', '20070530/us-ford-sales', '20071026/', '20080311/', '20061109/us-food-inbev',
          '20080326/us-tatamotors', '20061218/us-markets-japan']
# The brief names some probes by date only ("20080424 U.S. made goods", "20061201 construction", "20071026 Merrill",
# "20080311 short interest"): every article of those four days is left out.

def jsonl_texts():
    out = [('shared-dev', open('/work/shared/eval/extraction-dev/passages.jsonl').read())]
    refs = subprocess.run(['git', '-C', MAIN, 'for-each-ref', '--format=%(refname:short)', 'refs/heads'],
                          capture_output=True, text=True).stdout.split()
    for r in refs:
        for f in subprocess.run(['git', '-C', MAIN, 'ls-tree', '-r', '--name-only', r, '--', 'eval/real'],
                                capture_output=True, text=True).stdout.split():
            if f.endswith('.jsonl') and not f.startswith('eval/real/articles/'):
                out.append((f'{r}:{f}', git(MAIN, 'show', f'{r}:{f}')))
    import glob
    for f in glob.glob('/work/wt/*/eval/real/**/*.jsonl', recursive=True):
        if '/eval/real/articles/' not in f:
            out.append((f, open(f, encoding='utf-8', errors='replace').read()))
    return out

def excluded_paths(texts):
    ex = {p for (r, p, n) in h2.exclusion_from(texts) if r == R06_REPO}
    for spec in [os.path.join(HERE, '..', 'holdout4', 'excluded.json'), 's20-holdout5:eval/real/holdout5/excluded.json']:
        try:
            data = json.loads(open(spec).read() if spec.startswith('/') else git(MAIN, 'show', spec))
        except (OSError, ValueError):
            print(f'# {spec}: not read', file=sys.stderr); continue
        ex |= {x[1] for x in data if x and x[0] == R06_REPO}
    return ex

def body(path):
    return clean(' '.join(l for l in git(R06, 'show', 'HEAD:' + r06_allowed(path)).split('\n') if not l.startswith('-- ')))

def headline(path):
    first = git(R06, 'show', 'HEAD:' + path).split('\n', 1)[0]
    return first[3:].strip() if first.startswith('-- ') else first

def main():
    texts = jsonl_texts()
    ex = excluded_paths(texts)
    known = h2.joined_texts(texts)
    files = [f for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n') if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f)]
    files.sort(key=lambda f: hashlib.sha1((SEED + f).encode()).hexdigest())
    taken, heads, skipped = [], set(), {'excluded': 0, 'probe': 0, 'near-dup': 0}
    for f in files:
        slug = f.split('/')[-1]
        if BAD_SLUG.search(slug): continue
        if f in ex: skipped['excluded'] += 1; continue
        if any(f'/{p}' in f for p in PROBES): skipped['probe'] += 1; continue
        b = body(f)
        if not (1500 <= len(b) <= 8000) or not re.search(r'\(\s*[A-Z0-9]{1,6}\.[A-Z]{1,2}\s*\)', b) or not re.search(r'\b(percent|pct)\b', b): continue
        h = headline(f)
        if h in heads: continue
        w = range(0, max(1, len(b) - 59), 20)
        if sum(b[i:i + 60] in known for i in w) >= 0.10 * len(w): skipped['near-dup'] += 1; continue
        heads.add(h); taken.append((f, f[18:22] + '-' + f[22:24] + '-' + f[24:26], h))
        if len(taken) == N: break
    print(f'# {len(ex)} excluded paths; passed over: {skipped}', file=sys.stderr)
    for t in taken: print('\t'.join(t))

if __name__ == '__main__':
    main()
