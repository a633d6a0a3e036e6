#!/usr/bin/env python3
"""Counts for README.md: passages, negatives, moves, amounts by currency, conversions by currency pair. usage: python3 stats.py"""
import collections, glob, json, os

here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for f in sorted(glob.glob(os.path.join(here, 'batch-*.jsonl'))) for l in open(f)]
cur = collections.Counter(a['currency'] for d in rows for a in d['amounts'])
pairs = collections.Counter(f"{c['from']['currency']}->{c['to']['currency']}" for d in rows for c in d['conversions'])
moves = [m for d in rows for m in d['moves']]
print(f"passages {len(rows)}; negatives {sum(not (d['moves'] or d['amounts'] or d['conversions']) for d in rows)}; "
      f"moves {len(moves)} (intraday {sum(m.get('intraday', False) for m in moves)}, "
      f"kinds {dict(collections.Counter(m['kind'] for m in moves))}); amounts {sum(cur.values())}; "
      f"conversions {sum(pairs.values())}; passages with a conversion {sum(bool(d['conversions']) for d in rows)}")
print('amounts by currency:', ', '.join(f'{k} {v}' for k, v in cur.most_common()))
print('conversions by pair:', ', '.join(f'{k} {v}' for k, v in pairs.most_common()))
print('sources:', dict(collections.Counter(d['source']['repo'] for d in rows)))
