#!/usr/bin/env python3
"""Thin each source's candidates to 75 evenly spaced items and deal them into 6 batches
(chunks of 13,13,12,13,12,12 per source), numbering rp-001... in batch order.
usage: python3 assemble.py r106521.jsonl r21578.jsonl yonhap.jsonl fpb.jsonl > candidates.jsonl"""
import json, sys
CH = [13, 13, 12, 13, 12, 12]
srcs = []
for f in sys.argv[1:]:
    c = [json.loads(l) for l in open(f)]
    n = len(c)
    srcs.append([c[int(i * n / 75)] for i in range(75)] if n > 75 else c)
i = 0
for b in range(6):
    for s in srcs:
        start = sum(CH[:b])
        for d in s[start:start + CH[b]]:
            i += 1
            d = {'id': f'rp-{i:03d}', 'batch': b + 1, **d}
            print(json.dumps(d, ensure_ascii=False))
