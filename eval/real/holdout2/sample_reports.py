#!/usr/bin/env python3
"""Sampling rule for holdout2 reports.jsonl (reads only file names, header lines and lengths; never extractor output).
Written before any item was labelled. Positions differ from ../holdout (which used k//4 + j*k and (i + 0.25)*N/q).

A. U.S. closing wraps, 10: ReutersNews106521/200[6-9]*/us-markets-stocks-id* or us-markets-usa-stocks-id*, header
   time >= 16:00 ET (or 00:00-06:00 next day, dated back; weekend -> Friday), body >= 1500 chars, headline without
   'week ahead|outlook|set for|futures|open', first of repeated stories. All four years pooled, sorted by path,
   N candidates, positions floor((i + 0.6) * N / 10), i = 0..9; a position that is excluded or a near-duplicate
   moves on to the next candidate.
B. Other reports, 10, strata by file-name slug: europe 2 (us-markets-europe-stocks-id*),
   asia 2 (us-markets-japan-stocks-id*|us-markets-asia-id*), forex 1 (us-markets-forex-id*), oil 1 (us-markets-oil-id*),
   bonds 1 (us-markets-bonds-id*), metals/grains 1 (us-markets-(precious|metals|gold|grains)-id*), U.S. intraday 2
   (us-markets-stocks-id*, header time 10:00-15:30 ET on a weekday, same headline filter as A); body >= 1000 chars, first of repeated
   headlines, N candidates sorted by path, positions floor((i + 0.65) * N / q), next if excluded or near-duplicate.
Excluded: every document in excluded.json (h2.py); near-duplicate: >= 10% of the body's 60-character windows (step 20)
occur in a text of any eval/real jsonl on any branch or the shared dev set (guards re-filed stories).
Revised once, before any labelling, after reading only the drawn headlines: us-markets-stocks-us-europe-id* had been
put in the Europe stratum but holds pre-market Wall Street reports filed from London; a Sunday 11:07am "week ahead"
piece fell in the intraday stratum, which now requires a weekday."""
import re, sys, hashlib, datetime
from h2 import R06, R06_REPO, git, r06_raw, r06_allowed, excluded, borrow, _jsonl_texts
import h2
parse = borrow('sample_reports.py', {'parse'}, r06_raw=r06_raw)['parse']
EX = {p for (r, p, n) in excluded() if r == R06_REPO}
files = sorted(r06_allowed(f) for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
               if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f))
h2.known('')  # load known texts
def near_dup(body):
    w = range(0, max(1, len(body) - 59), 20)
    return sum(body[i:i + 60] in h2._KNOWN for i in w) >= 0.10 * len(w)
BAD_HEAD = re.compile(r'week ahead|outlook|set for|futures|\bopen', re.I)
def minutes(dl):
    m = re.match(r'\w+ (\w+ \d+, \d{4}) (\d+):(\d+)(am|pm) (E[SD]T)', dl)
    if not m: return None, None
    d = datetime.datetime.strptime(m.group(1), '%b %d, %Y')
    return d, (int(m.group(2)) % 12 + (12 if m.group(4) == 'pm' else 0)) * 60 + int(m.group(3))
def take(c, q, frac, name):
    taken, skipped = [], []
    for i in range(q):
        p = int((i + frac) * len(c) / q)
        while c[p][0] in EX or c[p] in taken or near_dup(' '.join(r06_raw(c[p][0]).split())):
            if c[p][0] not in EX and c[p] not in taken: skipped.append(c[p][0])
            p += 1
        taken.append(c[p])
    print(f'# {name}: {len(c)} candidates, took {q}, near-duplicates skipped {skipped}', file=sys.stderr)
    return [(name, t[1], t[0], t[2], t[3]) for t in taken]
out = []
# A
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
out += take(A, 10, 0.6, 'us-closing')
# B
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
    out += take(c, q, 0.65, name)
out += take(intraday, 2, 0.65, 'us-intraday')
for r in out: print('\t'.join(r))
