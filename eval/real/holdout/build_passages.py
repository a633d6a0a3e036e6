#!/usr/bin/env python3
"""Build passages.jsonl from sample_passages.json (what, verbatim text) and labels_passages.txt (hand labels)."""
import json, re, datetime
from common import R06, R87, RBA, BARAM_COMMIT, git, head
from build_reports import parse_labels
items = json.load(open('sample_passages.json'))
labels = parse_labels('labels_passages.txt', 'hop-')
# Reuters-21578 NEWID -> (file, date)
loc = {}
for fn in sorted(x for x in git(R87, 'ls-tree', '--name-only', 'HEAD').split('\n') if re.match(r'reut2-0\d\d\.sgm$', x)):
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">\s*<DATE>\s*(\S+)', git(R87, 'show', 'HEAD:' + fn, enc='latin-1')):
        loc[m.group(1)] = (fn, datetime.datetime.strptime(m.group(2), '%d-%b-%Y').strftime('%Y-%m-%d'))
c06, c87 = head(R06), head(R87)
bad = 0
with open('passages.jsonl', 'w') as out:
    for i, it in enumerate(items):
        pid = it['id']; L = labels[pid]; doc = it['doc']
        if doc.startswith('ReutersNews106521/'):
            src = dict(repo='duynht/financial-news-dataset', path=doc, commit=c06); pub = f'{doc[18:22]}-{doc[22:24]}-{doc[24:26]}'
        elif doc.startswith('output/raw/'):
            src = dict(repo='hephaex/Baram', path=doc, commit=BARAM_COMMIT)
            pub = re.search(r'published_at: (\d{4}-\d\d-\d\d)', git(RBA, 'show', f'{BARAM_COMMIT}:{doc}')).group(1)
        else:
            fn, pub = loc[doc]; src = dict(repo='loki86/ksr_zadanie1V2', path=fn, commit=c87, newid=doc)
        low = it['text'].lower()
        for a in L['amounts']:
            if a['text'].lower() not in low: print(pid, 'amount text not found:', a['text']); bad += 1
        for m in L['moves']:
            if m['subject'].lower() not in low: print(pid, 'subject not in passage (resolved?):', m['subject'])
        o = dict(id=pid, kind='passage', stratum=it['stratum'], source=src, text=it['text'], published=pub,
                 moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
        if L['note']: o['note'] = L['note']
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('problems:', bad)
