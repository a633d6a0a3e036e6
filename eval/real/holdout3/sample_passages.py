#!/usr/bin/env python3
"""Sampling rule for holdout3 passages.jsonl (reads only the corpora; never extractor output). Written and committed
before any item was labelled. Same strata, predicates and sentence picking as ../holdout2/sample_passages.py
(../holdout's `pick`: first matching sentence of a document, the previous sentence prepended when it opens with
It/Its/The company/Shares..., passages over 700 chars skipped); only the visiting positions differ: documents at
(3 * k) // 10 + j * k of the sorted candidate list with k = len // 330 (len // 1300 for the rare Reuters-21578
conversions), j = 0, 1, ... until the quota is met (../holdout: fixed offsets, k = len // 400; ../holdout2: k // 2,
k = len // 350).
Excluded: documents in excluded.json (h3.py) and passages sharing a 60-character window with any known eval text.

  moves-06     ReutersNews106521/200[6-9]*, not us-markets-*/us-column-*: sentence with "percent" and share/stock   30
  money-06     same files (unused): sentence with a $/euro/yen/pound amount and no percent                          8
  conv-87      Reuters-21578: sentence with "dlrs" and a non-dollar currency word                                   6
  korea-money  Baram @84edb470 English files (publishers 001/044/640/009): sentence with "won" and "$"/dollar       6
  neg-87       Reuters-21578 (unused): sentence with a digit, no percent, no currency word, > 60 chars             5
  neg-econ     ReutersNews106521 us-usa-economy*: sentence with "percent"                                           5
"""
import re, json, sys
from h3 import (R06, R87, RBA, BARAM_COMMIT, R06_REPO, R87_REPO, RBA_REPO, git, clean, r06_body, r06_allowed,
                excluded, known, pick)
EX = excluded()
EXP = {(r, p) for (r, p, n) in EX}
EXN = {n for (r, p, n) in EX if r == R87_REPO and n}
dropped = []
def visit(cands, quota, getter, pred, name, div=330):
    k = max(1, len(cands) // div); got = []; j = 0
    while len(got) < quota and (3 * k) // 10 + j * k < len(cands):
        c = cands[(3 * k) // 10 + j * k]; j += 1
        t = getter(c)
        if not t: continue
        p = pick(t, pred)
        if p and known(p): dropped.append((name, c)); continue
        if p: got.append((name, c, p))
    print(f'# {name}: {len(cands)} candidates, k={k}, visited {j}, took {len(got)}', file=sys.stderr)
    return got
PCT = re.compile(r'\bpercent\b|%|\bpct\b', re.I)
out = []
f06 = sorted(r06_allowed(f) for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
             if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f) and not re.match(r'us-(markets|column)-', f.split('/')[-1])
             and (R06_REPO, f) not in EXP)
out += visit(f06, 30, r06_body, lambda s: re.search(r'\bpercent\b', s) and re.search(r'\bshares?\b|\bstock\b', s, re.I), 'moves-06')
MON = re.compile(r'\$\s?\d|\d\s?(?:million |billion )?(?:euros?|yen|pounds|pence)\b')
used06 = {c for (_, c, _) in out}
out += visit([f for f in f06 if f not in used06], 8, r06_body, lambda s: MON.search(s) and not PCT.search(s), 'money-06')
arts = []
for fn in sorted(x for x in git(R87, 'ls-tree', '--name-only', 'HEAD').split('\n') if re.match(r'reut2-0\d\d\.sgm$', x)):
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', git(R87, 'show', 'HEAD:' + fn, enc='latin-1'), re.S):
        b = re.search(r'<BODY>(.*?)</BODY>', m.group(2), re.S)
        if b and m.group(1) not in EXN:
            arts.append((m.group(1), clean(re.sub(r'\s*REUTER\s*(&#3;)?\s*$', '', b.group(1)))))
arts.sort(key=lambda a: int(a[0])); byid = dict(arts)
CUR = re.compile(r'\b(stg|yen|marks|francs|crowns|lire|guilders|pesos|rand|riyals|dinars|rupees|schillings|kroner|krona|pounds|australian dlrs|canadian dlrs|hong kong dlrs|ecus)\b', re.I)
out += visit([a[0] for a in arts], 6, byid.get, lambda s: re.search(r'\bdlrs?\b', s, re.I) and CUR.search(s), 'conv-87', div=1300)
ANYCUR = re.compile(r'\b(dlrs?|dollars?|stg|yen|marks|francs|crowns|lire|guilders|pesos|rand|riyals|cents|pounds|ecus?)\b|\$', re.I)
used87 = {c for (n, c, _) in out if n == 'conv-87'}
out += visit([a[0] for a in arts if a[0] not in used87], 5, byid.get,
             lambda s: re.search(r'\d', s) and not PCT.search(s) and not ANYCUR.search(s) and len(s) > 60, 'neg-87')
bfiles = sorted(f for f in git(RBA, '-c', 'core.quotepath=off', 'ls-tree', '--name-only', BARAM_COMMIT, 'output/raw/').split('\n')
                if re.match(r'output/raw/(001|044|640|009)_\d+_[a-z0-9_]+\.md$', f) and (RBA_REPO, f) not in EXP)
def baram_body(f):
    parts = git(RBA, 'show', f'{BARAM_COMMIT}:{f}').split('\n---\n')
    return clean(parts[2]) if len(parts) >= 3 else None
out += visit(bfiles, 6, baram_body, lambda s: re.search(r'\bwon\b', s) and re.search(r'\$|dollar', s), 'korea-money')
eco = sorted(f for f in f06 if re.match(r'us-usa-economy', f.split('/')[-1]))
out += visit(eco, 5, r06_body, lambda s: re.search(r'\bpercent\b', s), 'neg-econ')
print('# dropped as near-duplicates of known texts:', dropped, file=sys.stderr)
rows = [dict(id=f'h3p-{i + 1:03d}', stratum=n, doc=c, text=p) for i, (n, c, p) in enumerate(out)]
json.dump(rows, open('sample_passages.json', 'w'), indent=1, ensure_ascii=False)
