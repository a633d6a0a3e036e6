#!/usr/bin/env python3
"""Build passages.jsonl from sample_passages.json (what, verbatim text) and labels_passages.txt (hand labels), with
../holdout's label parser and ../holdout2's checks (every amount text occurs in the passage, every conversion side is
an amount)."""
import json, re, datetime
from h3 import R06, R87, RBA, BARAM_COMMIT, R06_REPO, R87_REPO, RBA_REPO, git, head, parse_labels, check, r06_allowed
if __name__ == '__main__':
    items = json.load(open('sample_passages.json'))
    labels = parse_labels('labels_passages.txt', 'h3p-')
    loc = {}
    for fn in sorted(x for x in git(R87, 'ls-tree', '--name-only', 'HEAD').split('\n') if re.match(r'reut2-0\d\d\.sgm$', x)):
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">\s*<DATE>\s*(\S+)', git(R87, 'show', 'HEAD:' + fn, enc='latin-1')):
            loc[m.group(1)] = (fn, datetime.datetime.strptime(m.group(2), '%d-%b-%Y').strftime('%Y-%m-%d'))
    c06, c87 = head(R06), head(R87)
    bad = 0
    with open('passages.jsonl', 'w') as out:
        for it in items:
            pid = it['id']; doc = it['doc']
            if pid not in labels: print(pid, 'not labelled'); bad += 1; continue
            L = labels[pid]
            if doc.startswith('ReutersNews106521/'):
                src = dict(repo=R06_REPO, path=r06_allowed(doc), commit=c06); pub = f'{doc[18:22]}-{doc[22:24]}-{doc[24:26]}'
            elif doc.startswith('output/raw/'):
                src = dict(repo=RBA_REPO, path=doc, commit=BARAM_COMMIT)
                pub = re.search(r'published_at: (\d{4}-\d\d-\d\d)', git(RBA, 'show', f'{BARAM_COMMIT}:{doc}')).group(1)
            else:
                fn, pub = loc[doc]; src = dict(repo=R87_REPO, path=fn, commit=c87, newid=doc)
            bad = check(pid, L, it['text'], bad)
            o = dict(id=pid, kind='passage', stratum=it['stratum'], source=src, text=it['text'], published=pub,
                     moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
            if L['note']: o['note'] = L['note']
            out.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('problems:', bad)
