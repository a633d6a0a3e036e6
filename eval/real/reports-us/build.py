#!/usr/bin/env python3
"""Build reports.jsonl from labels.txt (hand-written labels) + sample.tsv (which file each id is) + the mirror (text).

labels.txt blocks:
  == rus-NNN                      start of a report
  T closing|intraday|...          report type (default: the sampling stratum)
  M subject | kind | change_pct | period | ticker or - | i (intraday figure) or -
  A value CURRENCY | text as written
  C from_value FROM_CUR > to_value TO_CUR
  N note
"""
import json, sys
from common import sample, body, head_commit, SRC_REPO
S = sample(); commit = head_commit()
recs, cur = [], None
for ln, line in enumerate(open(__file__.rsplit('/', 1)[0] + '/labels.txt'), 1):
    line = line.split('  #', 1)[0].rstrip()
    if not line.strip() or line.startswith('#'): continue
    tag, _, rest = line.partition(' ')
    try:
        if tag == '==':
            cur = {'id': rest.strip(), 'moves': [], 'amounts': [], 'conversions': [], 'notes': [], 'type': None}; recs.append(cur)
        elif tag == 'T': cur['type'] = rest.strip()
        elif tag == 'M':
            sub, kind, pct, per, tic, fl = [x.strip() for x in rest.split('|')]
            assert kind in ('stock', 'index', 'market', 'commodity', 'currency', 'other'), kind
            assert per in ('day', 'week', 'month', 'year', 'ytd', 'other', 'unknown'), per
            mv = {'subject': sub, 'kind': kind, 'change_pct': float(pct), 'period': per}
            if tic != '-': mv['ticker'] = tic
            if fl == 'i': mv['intraday'] = True
            else: assert fl == '-', fl
            cur['moves'].append(mv)
        elif tag == 'A':
            v, txt = rest.split('|', 1); val, c = v.split()
            cur['amounts'].append({'value': float(val), 'currency': c, 'text': txt.strip()})
        elif tag == 'C':
            a, b = rest.split('>'); (fv, fc), (tv, tc) = a.split(), b.split()
            cur['conversions'].append({'from': {'value': float(fv), 'currency': fc}, 'to': {'value': float(tv), 'currency': tc}})
        elif tag == 'N': cur['notes'].append(rest.strip())
        else: raise ValueError('unknown tag ' + tag)
    except Exception as e:
        sys.exit(f'labels.txt:{ln}: {e}: {line!r}')
out = []
for r in recs:
    s = S[r['id']]; t = body(s['path'])
    for a in r['amounts']:
        if a['text'] not in t: sys.exit(f"{r['id']}: amount text {a['text']!r} not in the report text")
    for c in r['conversions']:
        for side in ('from', 'to'):
            if not any(a['currency'] == c[side]['currency'] and a['value'] == c[side]['value'] for a in r['amounts']):
                sys.exit(f"{r['id']}: conversion side {c[side]} missing from amounts")
    rec = {'id': r['id'], 'kind': 'market_report',
           'report': {'type': r['type'] or s['type'], 'headline': s['headline']},
           'source': {'repo': SRC_REPO, 'path': s['path'], 'commit': commit},
           'text': t, 'published': s['published'],
           'moves': r['moves'], 'amounts': r['amounts'], 'conversions': r['conversions']}
    if r['notes']: rec['note'] = ' '.join(r['notes'])
    out.append(json.dumps(rec, ensure_ascii=False))
open(__file__.rsplit('/', 1)[0] + '/reports.jsonl', 'w').write('\n'.join(out) + '\n')
print(f'{len(out)} reports, {sum(len(r["moves"]) for r in recs)} moves, {sum(len(r["amounts"]) for r in recs)} amounts, '
      f'{sum(len(r["conversions"]) for r in recs)} conversions', file=sys.stderr)
