#!/usr/bin/env python3
"""Checks that every report text is verbatim: a substring of its source file (at the recorded commit) after
HTML entities are decoded, tags removed and whitespace collapsed. Also prints the set's counts."""
import json, collections
import src_text as S
rows = [json.loads(l) for l in open('reports.jsonl')]
bad = 0
for r in rows:
    src = r['source']
    raw = S.show(src['repo'], src['path']).decode('latin-1' if src['path'].endswith('.sgm') else 'utf-8')
    if S.clean(r['text']) != r['text'] or r['text'] not in S.clean(raw):
        bad += 1
        print('NOT VERBATIM', r['id'])
mv = [m for r in rows for m in r['moves']]
print(f"{len(rows)} reports, {bad} not verbatim; moves {len(mv)} (falls {sum(m['change_pct'] < 0 for m in mv)}, "
      f"intraday {sum(bool(m.get('intraday')) for m in mv)}, with ticker {sum(bool(m.get('ticker')) for m in mv)}), "
      f"amounts {sum(len(r['amounts']) for r in rows)}, conversions {sum(len(r['conversions']) for r in rows)}, "
      f"reports without moves {sum(not r['moves'] for r in rows)}, negatives {sum(not (r['moves'] or r['amounts'] or r['conversions']) for r in rows)}")
print('periods', dict(collections.Counter(m['period'] for m in mv)))
print('kinds', dict(collections.Counter(m['kind'] for m in mv)))
print('currencies', dict(collections.Counter(a['currency'] for r in rows for a in r['amounts'])))
print('report types', dict(collections.Counter(r['report']['type'] for r in rows)))
print('sources', dict(collections.Counter(r['source']['repo'] for r in rows)))
