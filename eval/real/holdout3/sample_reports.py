#!/usr/bin/env python3
"""Sampling rule for holdout3 reports.jsonl (reads only file names, header lines and lengths; never extractor output).
Written and committed before any item was labelled. Same strata and filters as ../holdout2/sample_reports.py (whose
`minutes` and `BAD_HEAD` are borrowed, and ../holdout's `parse`); only the positions differ: floor((i + 0.3) * N / q)
(../holdout used 0.25 with per-year strata, ../holdout2 0.6 for A and 0.65 for B).

A. U.S. closing wraps, 10: ReutersNews106521/200[6-9]*/us-markets-stocks-id* or us-markets-usa-stocks-id*, header
   time >= 16:00 ET (or 00:00-06:00 next day, dated back; weekend -> Friday), body >= 1500 chars, headline without
   'week ahead|outlook|set for|futures|open', first of repeated stories; four years pooled, sorted by path.
B. Other reports, 10, by file-name slug: europe 2 (us-markets-europe-stocks-id*), asia 2
   (us-markets-japan-stocks-id*|us-markets-asia-id*), forex 1, oil 1, bonds 1, metals/grains 1, U.S. intraday 2
   (us-markets-stocks-id*, header time 10:00-15:30 ET on a weekday, same headline filter as A); body >= 1000 chars,
   first of repeated headlines.
A drawn position that is excluded (excluded.json, h3.py: every document of every eval/real jsonl on every branch and
worktree incl. holdout and holdout2, and the shared dev set), already taken, or a near-duplicate (>= 10% of its
60-character windows in a known eval text) moves on to the next candidate (wrapping from the end of the list to
its start: the Europe stratum has only a handful of candidates left after exclusion)."""
import ast, datetime, hashlib, os, re, sys
from h3 import R06, R06_REPO, git, r06_raw, r06_allowed, excluded, borrow, near_dup, HERE
def borrow2(names, **env):
    src = open(os.path.join(HERE, '..', 'holdout2', 'sample_reports.py')).read(); ns = dict(re=re, datetime=datetime, **env)
    keep = [n for n in ast.parse(src).body if (isinstance(n, ast.FunctionDef) and n.name in names) or
            (isinstance(n, ast.Assign) and any(getattr(t, 'id', None) in names for t in n.targets))]
    exec(compile(ast.Module(body=keep, type_ignores=[]), 'sample_reports.py', 'exec'), ns)
    return ns
parse = borrow('sample_reports.py', {'parse'}, r06_raw=r06_raw)['parse']
_b = borrow2({'minutes', 'BAD_HEAD'}); minutes, BAD_HEAD = _b['minutes'], _b['BAD_HEAD']
FRAC = 0.3
EX = {p for (r, p, n) in excluded() if r == R06_REPO}
files = sorted(r06_allowed(f) for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
               if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f))
def take(c, q, name):
    taken, skipped = [], []
    for i in range(q):
        p = int((i + FRAC) * len(c) / q)
        for _ in range(len(c)):
            p %= len(c)   # past the end: wrap to the start of the list (small strata)
            if not (c[p][0] in EX or c[p] in taken or near_dup(' '.join(r06_raw(c[p][0]).split()))): break
            if c[p][0] not in EX and c[p] not in taken: skipped.append(c[p][0])
            p += 1
        else: sys.exit(f'{name}: too few candidates')
        taken.append(c[p])
    print(f'# {name}: {len(c)} candidates, took {q}, near-duplicates skipped {skipped}', file=sys.stderr)
    return [(name, t[1], t[0], t[2], t[3]) for t in taken]
out = []
seen, A, intraday = set(), [], []
for f in files:
    if not re.match(r'(us-markets-stocks|us-markets-usa-stocks)-id', f.split('/')[-1]): continue
    head, dl, body = parse(f)
    d, t = minutes(dl)
    if d is None or BAD_HEAD.search(head): continue
    h = hashlib.sha1(body.encode()).hexdigest()
    if h in seen or (dl[:15], head) in seen: continue
    seen.add(h); seen.add((dl[:15], head))
    if 10 * 60 <= t <= 15 * 60 + 30 and d.weekday() < 5 and len(body) >= 1000 and f.split('/')[-1].startswith('us-markets-stocks-id'):
        intraday.append((f, d.strftime('%Y-%m-%d'), head, dl)); continue
    if len(body) < 1500: continue
    if t >= 16 * 60: pass
    elif t < 6 * 60: d -= datetime.timedelta(days=1)
    else: continue
    while d.weekday() >= 5: d -= datetime.timedelta(days=1)
    A.append((f, d.strftime('%Y-%m-%d'), head, dl))
out += take(A, 10, 'us-closing')
STRATA = [('europe', r'us-markets-europe-stocks-id', 2), ('asia', r'us-markets-(japan-stocks|asia)-id', 2),
          ('forex', r'us-markets-forex-id', 1), ('oil', r'us-markets-oil-id', 1), ('bonds', r'us-markets-bonds-id', 1),
          ('metals-grains', r'us-markets-(precious|metals|gold|grains)-id', 1)]
for name, rx, q in STRATA:
    seen, c = set(), []
    for f in files:
        if not re.match(rx, f.split('/')[-1]): continue
        head, dl, body = parse(f)
        if len(body) < 1000 or head in seen: continue
        seen.add(head); c.append((f, f[18:22] + '-' + f[22:24] + '-' + f[24:26], head, dl))
    out += take(c, q, name)
out += take(intraday, 2, 'us-intraday')
for r in out: print('\t'.join(r))
