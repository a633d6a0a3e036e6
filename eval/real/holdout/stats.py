#!/usr/bin/env python3
"""Counts for README: items, moves (negative, intraday, with ticker, periods, kinds), amounts by currency, conversions, negatives."""
import json, collections, sys
for fn in sys.argv[1:]:
    recs = [json.loads(l) for l in open(fn)]
    mv = [m for r in recs for m in r['moves']]; am = [a for r in recs for a in r['amounts']]
    print(f"{fn}: {len(recs)} items, {sum(len(r['text']) for r in recs)} chars; moves {len(mv)} (negative {sum(m['change_pct'] < 0 for m in mv)}, "
          f"intraday {sum(bool(m.get('intraday')) for m in mv)}, ticker {sum('ticker' in m for m in mv)}); "
          f"periods {dict(collections.Counter(m['period'] for m in mv).most_common())}; kinds {dict(collections.Counter(m['kind'] for m in mv).most_common())}; "
          f"amounts {len(am)} {dict(collections.Counter(a['currency'] for a in am).most_common())}; conversions {sum(len(r['conversions']) for r in recs)}; "
          f"negatives {sum(not (r['moves'] or r['amounts'] or r['conversions']) for r in recs)}; "
          f"by source {dict(collections.Counter(r['source']['repo'] for r in recs))}; "
          f"by stratum/market {dict(collections.Counter(r.get('stratum') or r['report']['market'] for r in recs))}; "
          f"report types {dict(collections.Counter(r['report']['type'] for r in recs if 'report' in r))}")
