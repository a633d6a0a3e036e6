#!/usr/bin/env python3
"""Labelling aid: print a report's text, then every percentage and money mention with context (to check that
nothing is missed). Not an extractor: the labeller decides subject, sign, period and whether a mention counts."""
import re, sys
from common import sample, body
S = sample()
for rid in sys.argv[1:]:
    s = S[rid]; t = body(s['path'])
    print(f"===== {rid} {s['published']} {s['type']} | {s['headline']} | {s['dateline']} | {len(t)} chars")
    print(t)
    print('-- percent mentions:')
    for i, m in enumerate(re.finditer(r'(\d[\d,]*(\.\d+)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|half|a)\b)[ -](percent|pct)|\d+(\.\d+)?%|percentage', t)):
        print(f'  P{i}: ...{t[max(0, m.start() - 70):m.end() + 12]}...')
    print('-- money mentions:')
    for m in re.finditer(r'(?:US|C|A)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion|mln|bln))?|\d[\d,]*(?:\.\d+)?\s(?:cents?|euros?|yen|pounds?|sterling)\b|\b(?:dollar|euro|yen|sterling|pound)\b', t):
        x = m.group(0); v = re.search(r'\d[\d,]*(?:\.\d+)?', x)
        if v:
            val = float(v.group(0).replace(',', ''))
            val *= {'million': 1e6, 'mln': 1e6, 'billion': 1e9, 'bln': 1e9, 'trillion': 1e12}.get(x.split()[-1], 1)
            if 'cent' in x: val /= 100
            cur = 'USD' if ('$' in x or 'cent' in x) and not x.startswith(('C', 'A')) else '???'
            print(f'A {val:g} {cur} | {x}      # {t[max(0, m.start() - 28):m.start()]}')
        else:
            print(f'  (currency word) ...{t[max(0, m.start() - 60):m.end() + 40]}...')
