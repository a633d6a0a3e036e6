#!/usr/bin/env python3
"""Sampling rule for holdout reports.jsonl (reads only names, header lines and lengths; never extractor output).

A. U.S. closing wraps, 12: ReutersNews106521/200[6-9]*/us-markets-stocks-id* or us-markets-usa-stocks-id*,
   header time >= 16:00 ET (or 00:00-06:00 next day, dated back; weekend -> Friday), body >= 1500 chars,
   headline without 'week ahead|outlook|set for|futures|open', first of repeated stories only, and not in
   excluded.json. Per year (2006..2009), candidates sorted by path, k = n // 3, positions k//4 + j*k (j=0,1,2);
   an excluded position moves on to the next candidate.
B. Other markets, 8: same folders, strata by file-name slug; europe 2 (us-markets-europe-stocks-id*),
   asia 2 (us-markets-japan-stocks-id*|us-markets-asia-id*), forex 2 (us-markets-forex-id*),
   oil 1 (us-markets-oil-id*), metals 1 (us-markets-precious-id*); body >= 1000 chars, first of repeated
   headlines, not excluded; N candidates sorted by path, positions floor((i + 0.25) * N / q), next if excluded.
"""
import re, sys, hashlib, datetime
from common import R06, git, r06_raw, excluded
EX = {p for (r, p, n) in excluded() if r == 'duynht/financial-news-dataset'}
files = sorted(f for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n') if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f))
def parse(f):
    lines = r06_raw(f).split("\n") + ["", "", ""]
    body = ' '.join(' '.join(l for l in lines if not l.startswith('-- ')).split())
    return lines[0][3:].strip(), lines[2][3:].strip(), body
out = []
# A
seen, strata = set(), {}
for f in files:
    if not re.match(r'(us-markets-stocks|us-markets-usa-stocks)-id', f.split('/')[-1]): continue
    head, dl, body = parse(f)
    m = re.match(r'\w+ (\w+ \d+, \d{4}) (\d+):(\d+)(am|pm) (E[SD]T)', dl)
    if not m or len(body) < 1500 or re.search(r'week ahead|outlook|set for|futures|\bopen', head, re.I): continue
    h = hashlib.sha1(body.encode()).hexdigest()
    if h in seen or (dl[:15], head) in seen: continue
    seen.add(h); seen.add((dl[:15], head))
    d = datetime.datetime.strptime(m.group(1), '%b %d, %Y')
    t = (int(m.group(2)) % 12 + (12 if m.group(4) == 'pm' else 0)) * 60 + int(m.group(3))
    if t >= 16 * 60: pass
    elif t < 6 * 60: d -= datetime.timedelta(days=1)
    else: continue
    while d.weekday() >= 5: d -= datetime.timedelta(days=1)
    strata.setdefault(f[18:22], []).append((f, d.strftime('%Y-%m-%d'), head, dl))
for y in sorted(strata):
    c = strata[y]; k = len(c) // 3; taken = []
    for j in range(3):
        i = k // 4 + j * k
        while c[i][0] in EX or c[i] in taken: i += 1
        taken.append(c[i])
    print(f'# {y} closing: {len(c)} candidates, k={k}', file=sys.stderr)
    out += [('us-closing', t[1], t[0], t[2], t[3]) for t in taken]
# B
STRATA = [('europe', r'us-markets-europe-stocks-id', 2), ('asia', r'us-markets-(japan-stocks|asia)-id', 2),
          ('forex', r'us-markets-forex-id', 2), ('oil', r'us-markets-oil-id', 1), ('metals', r'us-markets-precious-id', 1)]
for name, rx, q in STRATA:
    seen, c = set(), []
    for f in files:
        if not re.match(rx, f.split('/')[-1]): continue
        head, dl, body = parse(f)
        if len(body) < 1000 or head in seen: continue
        seen.add(head); c.append((f, f[18:22] + '-' + f[22:24] + '-' + f[24:26], head, dl))
    taken = []
    for i in range(q):
        p = int((i + 0.25) * len(c) / q)
        while c[p][0] in EX or c[p] in taken: p += 1
        taken.append(c[p])
    print(f'# {name}: {len(c)} candidates', file=sys.stderr)
    out += [(name, t[1], t[0], t[2], t[3]) for t in taken]
for r in out: print('\t'.join(r))
