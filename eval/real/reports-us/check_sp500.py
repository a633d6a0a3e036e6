#!/usr/bin/env python3
"""Check the labelled S&P 500 day moves against real closes (vega-datasets sp500-2000.csv, in node_modules after
npm ci). For each report: the closing (non-intraday) day move with ticker .SPX must equal the close-to-close change on
`published`, to the report's rounding; intraday .SPX moves are only listed. Run from the worktree root."""
import csv, json, sys
rows = list(csv.DictReader(open('node_modules/vega-datasets/data/sp500-2000.csv')))
close = {}
for r in rows:
    d = r.get('date') or r.get('Date')
    # dates like "Jan 3 2000" or ISO
    import datetime
    for fmt in ('%Y-%m-%d', '%b %d %Y', '%m/%d/%Y'):
        try: d2 = datetime.datetime.strptime(d, fmt).strftime('%Y-%m-%d'); break
        except ValueError: pass
    close[d2] = float(r.get('close') or r.get('price') or r.get('Close'))
days = sorted(close)
bad = 0; n = 0
for l in open('eval/real/reports-us/reports.jsonl'):
    rec = json.loads(l); p = rec['published']
    if p not in close: print(rec['id'], p, 'NOT A TRADING DAY in sp500-2000.csv'); bad += 1; continue
    i = days.index(p); real = 100 * (close[p] / close[days[i - 1]] - 1)
    for m in rec['moves']:
        if m.get('ticker') == '.SPX' and m['period'] == 'day':
            tag = 'intraday' if m.get('intraday') else 'close'
            ok = abs(m['change_pct'] - real) < 0.011 if tag == 'close' else None
            if tag == 'close': n += 1; bad += (not ok)
            print(f"{rec['id']} {p} {tag:8s} label {m['change_pct']:+.2f}  real {real:+.3f}  {'' if ok is None else ('OK' if ok else 'MISMATCH')}")
print(f'{n} closing S&P 500 day moves checked, {bad} problems', file=sys.stderr)
