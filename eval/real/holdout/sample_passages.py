#!/usr/bin/env python3
"""Sampling rule for holdout passages.jsonl (reads only the corpora; never extractor output).

Documents used anywhere in eval/real or the shared dev set (excluded.json) are skipped. A document gives at
most one passage: its FIRST sentence matching the stratum's pattern (sentences split at . ! ? followed by a
capital/quote, not after common abbreviations); when that sentence opens with a pronoun-like subject
("It", "Its", "The company", "The stock", "Shares", ...), the previous sentence is prepended. Passages over
700 characters are skipped. Documents are visited at positions offset + j*k of the sorted candidate list
(k = len // 400, or len // 2000 for conv-87 where matches are rare; offset fixed per stratum) until the stratum's quota is met.

  S1 moves-06   ReutersNews106521/200[6-9]*, not us-markets-*/us-column-*: sentence with "percent" and
                 "share"/"stock"                                                               quota 30
  S2 money-06   same files: sentence with a $/euro/yen/pound amount and no "percent"           quota 15
  S3 conv-87    Reuters-21578 bodies: sentence with "dlrs" and a non-dollar currency word
                 (stg, yen, marks, francs, crowns, lire, guilders, pesos, rand, riyals, ...)     quota 15
  S4 korea      Baram @84edb470 English files (publishers 001 Yonhap, 044 Korea Herald,
                 640 JoongAng Daily, 009 Maeil; ASCII file slug): sentence with "won" and
                 ("$" or "dollar"), quota 15; then sentence with "percent"|"%", quota 10
  S5 neg        Reuters-21578: sentence with a digit but no %/pct/percent and no currency
                 word, quota 8; ReutersNews106521 us-usa-economy*: sentence with "percent", quota 7
"""
import re, json, html, sys
from common import R06, R87, RBA, BARAM_COMMIT, git, clean, excluded, r06_body
EX = excluded()
EXP = {(r, p) for (r, p, n) in EX}
EXN = {n for (r, p, n) in EX if r == 'loki86/ksr_zadanie1V2' and n}
ABBR = re.compile(r'(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|vs|Bhd|Cos|Jr|Gov|Sen|Rep|Gen|Ave|Plc|Corp|Bros|Dept)|\b[A-Z])\.$')
def sentences(t):
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\']?\s+(?=[A-Z"(\'])', t):
        if ABBR.search(t[start:m.start() + 1]): continue
        out.append(t[start:m.end()].strip()); start = m.end()
    out.append(t[start:].strip())
    return [s for s in out if s]
PRON = re.compile(r'^(?:It|Its|It\'s|The company|The company\'s|The stock|The shares|Shares|Its shares|He|She|They|The firm|The bank|The group|This|That|These)\b')
def pick(text, pred):
    ss = sentences(text)
    for i, s in enumerate(ss):
        if pred(s):
            p = (ss[i - 1] + ' ' + s) if (i > 0 and PRON.match(s)) else s
            return p if len(p) <= 700 else None
    return None
# Near-duplicate guard (added after the first draw, see README): a passage sharing any 60-character window
# (step 20) with a text in eval/real/**/*.jsonl on any local branch or in the shared dev set is skipped.
import subprocess
def _known_texts():
    ts = [json.loads(l)['text'] for l in open('/work/shared/eval/extraction-dev/passages.jsonl')]
    main = '/work/main'
    for r in subprocess.run(['git', '-C', main, 'for-each-ref', '--format=%(refname:short)', 'refs/heads'], capture_output=True, text=True).stdout.split():
        if r == 's15-holdout': continue
        for f in subprocess.run(['git', '-C', main, 'ls-tree', '-r', '--name-only', r, '--', 'eval/real'], capture_output=True, text=True).stdout.split():
            if f.endswith('.jsonl') and not f.startswith('eval/real/holdout/'):
                for l in git(main, 'show', f'{r}:{f}').splitlines():
                    try: ts.append(json.loads(l).get('text', ''))
                    except ValueError: pass
    return '\n'.join(ts)
KNOWN = _known_texts()
def known(p):
    return any(p[i:i + 60] in KNOWN for i in range(0, max(1, len(p) - 59), 20))
dropped = []
def visit(cands, quota, offset, getter, pred, name, div=400):
    k = max(1, len(cands) // div); got = []; j = 0
    while len(got) < quota and offset + j * k < len(cands):
        c = cands[offset + j * k]; j += 1
        t = getter(c)
        if not t: continue
        p = pick(t, pred)
        if p and known(p): dropped.append((name, c)); continue
        if p: got.append((name, c, p))
    print(f'# {name}: {len(cands)} candidates, k={k}, visited {j}, took {len(got)}', file=sys.stderr)
    return got
PCT = re.compile(r'\bpercent\b|%|\bpct\b', re.I)
out = []
# S1/S2
f06 = sorted(f for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
             if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f) and not re.match(r'us-(markets|column)-', f.split('/')[-1])
             and ('duynht/financial-news-dataset', f) not in EXP)
out += visit(f06, 30, 3, r06_body, lambda s: re.search(r'\bpercent\b', s) and re.search(r'\bshares?\b|\bstock\b', s, re.I), 'moves-06')
MON = re.compile(r'\$\s?\d|\d\s?(?:million |billion )?(?:euros?|yen|pounds|pence)\b')
used06 = {c for (_, c, _) in out}
out += visit([f for f in f06 if f not in used06], 15, 11, r06_body, lambda s: MON.search(s) and not PCT.search(s), 'money-06')
# Reuters-21578
arts = []
for fn in sorted(x for x in git(R87, 'ls-tree', '--name-only', 'HEAD').split('\n') if re.match(r'reut2-0\d\d\.sgm$', x)):
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', git(R87, 'show', 'HEAD:' + fn, enc='latin-1'), re.S):
        b = re.search(r'<BODY>(.*?)</BODY>', m.group(2), re.S)
        d = re.search(r'<DATE>\s*(\S+)', m.group(2))
        if b and m.group(1) not in EXN:
            body = clean(re.sub(r'\s*REUTER\s*(&#3;)?\s*$', '', b.group(1)))
            arts.append((fn, m.group(1), d.group(1) if d else '', body))
arts.sort(key=lambda a: int(a[1]))
byid = {a[1]: a for a in arts}
CUR = re.compile(r'\b(stg|yen|marks|francs|crowns|lire|guilders|pesos|rand|riyals|dinars|rupees|schillings|kroner|krona|crowns|pounds|australian dlrs|canadian dlrs|hong kong dlrs|ecus)\b', re.I)
out += visit([a[1] for a in arts], 15, 5, lambda n: byid[n][3], lambda s: re.search(r'\bdlrs?\b', s, re.I) and CUR.search(s), 'conv-87', div=2000)
ANYCUR = re.compile(r'\b(dlrs?|dollars?|stg|yen|marks|francs|crowns|lire|guilders|pesos|rand|riyals|cents|pounds|ecus?)\b|\$', re.I)
used87 = {c for (n, c, _) in out if n == 'conv-87'}
out += visit([a[1] for a in arts if a[1] not in used87], 8, 17, lambda n: byid[n][3],
             lambda s: re.search(r'\d', s) and not PCT.search(s) and not ANYCUR.search(s) and len(s) > 60, 'neg-87')
# Baram
bfiles = sorted(f for f in git(RBA, '-c', 'core.quotepath=off', 'ls-tree', '--name-only', BARAM_COMMIT, 'output/raw/').split('\n')
                if re.match(r'output/raw/(001|044|640|009)_\d+_[a-z0-9_]+\.md$', f) and ('hephaex/Baram', f) not in EXP)
def baram_body(f):
    raw = git(RBA, 'show', f'{BARAM_COMMIT}:{f}')
    parts = raw.split('\n---\n')
    return clean(parts[2]) if len(parts) >= 3 else None
out += visit(bfiles, 15, 1, baram_body, lambda s: re.search(r'\bwon\b', s) and re.search(r'\$|dollar', s), 'korea-money')
usedb = {c for (n, c, _) in out if n == 'korea-money'}
out += visit([f for f in bfiles if f not in usedb], 10, 2, baram_body, lambda s: PCT.search(s), 'korea-pct')
eco = sorted(f for f in f06 if re.match(r'us-usa-economy', f.split('/')[-1]))
out += visit(eco, 7, 2, r06_body, lambda s: re.search(r'\bpercent\b', s), 'neg-econ')
# ids: items of the first draw keep their id (ids_v1.json); replacements continue from hop-101
ids = json.load(open('ids_v1.json')); nxt = 101; rows = []
for (n, c, p) in out:
    if c not in ids: ids[c] = f'hop-{nxt:03d}'; nxt += 1
    rows.append(dict(id=ids[c], stratum=n, doc=c, text=p))
print('# dropped as near-duplicates of known texts:', dropped, file=sys.stderr)
json.dump(rows, open('sample_passages.json', 'w'), indent=1, ensure_ascii=False)
