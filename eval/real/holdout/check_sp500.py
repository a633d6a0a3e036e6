#!/usr/bin/env python3
"""Labeller's check: each U.S. closing report's S&P 500 day move (ticker .SPX, period day, not intraday) against the
real close-to-close change on `published` (vega-datasets sp500-2000.csv; run from the worktree root after npm ci)."""
import csv, json, sys
close = {r['date']: float(r['close']) for r in csv.DictReader(open('node_modules/vega-datasets/data/sp500-2000.csv'))}
days = sorted(close); n = bad = 0
for l in open('eval/real/holdout/reports.jsonl'):
    rec = json.loads(l)
    if rec['report'].get('market') != 'us-closing': continue
    p = rec['published']
    if p not in close: print(rec['id'], p, 'not a trading day'); bad += 1; continue
    real = 100 * (close[p] / close[days[days.index(p) - 1]] - 1)
    for m in rec['moves']:
        if m.get('ticker') == '.SPX' and m['period'] == 'day' and not m.get('intraday'):
            ok = abs(m['change_pct'] - real) < 0.011; n += 1; bad += not ok
            print(f"{rec['id']} {p} label {m['change_pct']:+.2f} real {real:+.3f} {'OK' if ok else 'MISMATCH'}")
print(f'{n} closing S&P 500 day moves checked, {bad} problems', file=sys.stderr)
