#!/usr/bin/env python3
"""Build reports.jsonl from sample_reports.tsv (what) and labels_reports.txt (hand labels). Checks every
amount text and move subject occurs in the verbatim text."""
import json, re, sys
from common import R06, head, r06_body
KIND = dict(s='stock', i='index', m='market', c='commodity', f='currency', o='other')
rows = [l.rstrip('\n').split('\t') for l in open('sample_reports.tsv') if l.strip()]
def parse_labels(fn, prefix):
    labels, cur = {}, None
    for ln in open(fn):
        ln = ln.rstrip('\n')
        if ln.startswith('# ' + prefix):
            cur = labels.setdefault(ln[2:].strip(), dict(moves=[], amounts=[], conversions=[], note=None, type='closing'))
        elif ln.startswith('#') or not ln.strip(): continue
        elif ln.startswith('M '):
            p = ln[2:].split('|'); m = dict(subject=p[0], kind=KIND[p[1]], change_pct=float(p[2]), period=p[3])
            if len(p) > 4 and p[4]: m['ticker'] = p[4]
            if len(p) > 5 and p[5] == 'i': m['intraday'] = True
            cur['moves'].append(m)
        elif ln.startswith('A '):
            v, c, t = ln[2:].split('|'); cur['amounts'].append(dict(value=float(v), currency=c, text=t))
        elif ln.startswith('C '):
            a, b = ln[2:].split(' > '); (v1, c1), (v2, c2) = a.split(), b.split()
            cur['conversions'].append({'from': dict(value=float(v1), currency=c1), 'to': dict(value=float(v2), currency=c2)})
        elif ln.startswith('N '): cur['note'] = ln[2:]
        elif ln.startswith('T '): cur['type'] = ln[2:].strip()
        else: sys.exit('bad line: ' + ln)
    return labels

if __name__ == '__main__':
    labels = parse_labels('labels_reports.txt', 'hor-')
    commit = head(R06); bad = 0
    with open('reports.jsonl', 'w') as out:
        for i, r in enumerate(rows):
            rid = f'hor-{i + 1:03d}'
            if rid not in labels: continue
            L = labels[rid]; text = r06_body(r[2]); low = text.lower()
            for a in L['amounts']:
                if a['text'].lower() not in low: print(rid, 'amount text not found:', a['text']); bad += 1
            for m in L['moves']:
                if m['subject'].lower() not in low: print(rid, 'subject not found:', m['subject']); bad += 1
            for c in L['conversions']:
                for side in ('from', 'to'):
                    if not any(a['currency'] == c[side]['currency'] and abs(a['value'] - c[side]['value']) < 1e-9 * max(1, a['value']) for a in L['amounts']):
                        print(rid, 'conversion side not in amounts', c); bad += 1
            o = dict(id=rid, kind='market_report', source=dict(repo='duynht/financial-news-dataset', path=r[2], commit=commit),
                     text=text, published=r[1], report=dict(type=L['type'], headline=r[3], market=r[0], dateline_new_york=r[4]),
                     moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
            if L['note']: o['note'] = L['note']
            out.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('problems:', bad)
