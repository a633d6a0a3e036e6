#!/usr/bin/env python3
"""Labeller's completeness check (no extractor involved): lists money-like tokens and percentages per item
so the labeller can compare them with the labels by eye."""
import json, re, sys, collections
f = sys.argv[1]
MONEY = re.compile(r'(?:US\$|\$|€|£|C\$|HK\$|S\$|A\$)\s?[\d][\d,\.]*(?:/[\d,\.]+)?(?:\s?(?:billion|million|trillion|bln|mln))?|[\d][\d,\.]*\s?(?:billion |million |trillion |bln |mln )?(?:cents?|yen|won|euros?|pence|pounds|francs|dlrs|dollars|stg|yuan|rupees?|crowns|marks|riyals|rupiah|ringgit|baht)\b', re.I)
PCT = re.compile(r'[\d][\d,\.]*\s?(?:percent|pct|%|per cent)', re.I)
for l in open(f):
    o = json.loads(l)
    if len(sys.argv) > 2 and o['id'] not in sys.argv[2:]: continue
    t = o['text']
    money = [m.group(0) for m in MONEY.finditer(t)]
    pcts = [m.group(0) for m in PCT.finditer(t)]
    lab = collections.Counter(a['text'].lower() for a in o['amounts'])
    cnt = collections.Counter(x.lower() for x in money)
    miss = []
    for k, n in cnt.items():
        have = sum(v for kk, v in lab.items() if kk in k or k in kk)
        if have < n: miss.append(f'{k} x{n - have}')
    print(o['id'], f'pct tokens {len(pcts)} moves {len(o["moves"])} | money tokens {len(money)} amounts {len(o["amounts"])}', '| unlabelled money?', miss)
