#!/usr/bin/env python3
"""Build reports.jsonl from sample_reports.tsv (what) and labels_reports.txt (hand labels), with ../holdout's label
parser and ../holdout2's checks (every amount text occurs in the verbatim text, every conversion side is an amount)."""
import json
from h3 import R06, R06_REPO, head, r06_body, r06_allowed, parse_labels, check

if __name__ == '__main__':
    rows = [l.rstrip('\n').split('\t') for l in open('sample_reports.tsv') if l.strip()]
    labels = parse_labels('labels_reports.txt', 'h3r-')
    commit = head(R06); bad = 0
    with open('reports.jsonl', 'w') as out:
        for i, (market, published, path, headline, dateline) in enumerate(rows):
            rid = f'h3r-{i + 1:03d}'
            if rid not in labels: print(rid, 'not labelled'); bad += 1; continue
            L = labels[rid]; text = r06_body(r06_allowed(path))
            bad = check(rid, L, text, bad)
            o = dict(id=rid, kind='market_report', source=dict(repo=R06_REPO, path=path, commit=commit), text=text,
                     published=published, report=dict(type=L['type'], headline=headline, market=market, dateline_new_york=dateline),
                     moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
            if L['note']: o['note'] = L['note']
            out.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('problems:', bad)
