#!/usr/bin/env python3
"""Sampling rule for eval/real/reports-us (run from anywhere; needs the mirror of duynht/financial-news-dataset).

Candidates: files under ReutersNews106521/2006*..2009* whose name is us-markets-stocks-id* or
us-markets-usa-stocks-id* (Reuters U.S. stock-market wraps). Header line 3 gives the New York time.
  closing  = timestamp >= 16:00 ET, or 00:00-06:00 ET of the next day (late rewrites)
  intraday = 09:30 <= timestamp < 16:00 ET on a weekday
Excluded: bodies < 1500 characters (briefs/truncated), headlines with 'week ahead', 'outlook',
'set for', 'futures', 'open' (pre-open items), and repeated stories (same body, or same headline on the same date; first file kept).
Per year and stratum, candidates sorted by path; take every k-th, k = n // quota, starting at k // 2.
"""
import re, subprocess, sys, hashlib, datetime
REPO = '/work/.mirror/duynht+financial-news-dataset/repo'
QUOTA = {('2006', 'closing'): 5, ('2007', 'closing'): 10, ('2008', 'closing'): 12, ('2009', 'closing'): 10,
         ('2006', 'intraday'): 2, ('2007', 'intraday'): 4, ('2008', 'intraday'): 4, ('2009', 'intraday'): 3}
files = subprocess.run(['git', '-C', REPO, 'ls-tree', '-r', '--name-only', 'HEAD'], capture_output=True, text=True).stdout.split('\n')
files = sorted(f for f in files if re.match(r'ReutersNews106521/200[6-9]\d{4}/(us-markets-stocks|us-markets-usa-stocks)-id', f))
strata, seen = {}, set()
for f in files:
    raw = subprocess.run(['git', '-C', REPO, 'show', 'HEAD:' + f], capture_output=True, text=True).stdout
    lines = raw.split('\n')
    head = lines[0][3:].strip()
    m = re.match(r'-- \w+ (\w+ \d+, \d{4}) (\d+):(\d+)(am|pm) (E[SD]T)', lines[2])
    body = ' '.join(' '.join(lines[4:]).split())
    if not m or len(body) < 1500: continue
    if re.search(r'week ahead|outlook|set for|futures|\bopen', head, re.I): continue
    h = hashlib.sha1(body.encode()).hexdigest()
    if h in seen or (lines[2][:18], head) in seen: continue
    seen.add(h); seen.add((lines[2][:18], head))
    d = datetime.datetime.strptime(m.group(1), '%b %d, %Y')
    hh = int(m.group(2)) % 12 + (12 if m.group(4) == 'pm' else 0)
    t = hh * 60 + int(m.group(3))
    if t >= 16 * 60: kind = 'closing'
    elif t < 6 * 60: kind = 'closing'; d -= datetime.timedelta(days=1)
    elif 9 * 60 + 30 <= t and d.weekday() < 5: kind = 'intraday'
    else: continue
    while d.weekday() >= 5: d -= datetime.timedelta(days=1)   # late rewrite on a weekend -> Friday's session
    strata.setdefault((f[18:22], kind), []).append((f, d.strftime('%Y-%m-%d'), head, lines[2][3:].strip()))
out = []
for key in sorted(QUOTA):
    c = strata.get(key, []); q = QUOTA[key]; k = max(1, len(c) // q)
    pick = c[k // 2::k][:q]
    print(f'# {key[0]} {key[1]}: {len(c)} candidates, k={k}, {len(pick)} taken', file=sys.stderr)
    out += [(p[1], key[1], p[0], p[2], p[3]) for p in pick]
for r in sorted(out): print('\t'.join(r))
