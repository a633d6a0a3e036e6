#!/usr/bin/env python3
"""Thin each source's candidates to 75 evenly spaced items and deal them into 6 batches
(chunks of 13,13,12,13,12,12 per source), numbering rp-001... in batch order.
usage: python3 assemble.py V1DIR V2DIR > candidates.jsonl
Batches 01-02 come from the v1 candidate lists, batches 03-06 from the v2 lists (sample.py ... v2);
each dir holds r1.jsonl r2.jsonl yo.jsonl fp.jsonl (fp is the same in both).
An optional third argument (sample.py r106521 150 v3 output) becomes batch 07 unchanged."""
import json, sys
CH = [13, 13, 12, 13, 12, 12]
def thin(f):
    c = [json.loads(l) for l in open(f)]
    n = len(c)
    return [c[int(i * n / 75)] for i in range(75)] if n > 75 else c


sets = [[thin(f'{d}/{s}.jsonl') for s in ('r1', 'r2', 'yo', 'fp')] for d in sys.argv[1:3]]
i = 0
for b in range(6):
    for s in sets[0 if b < 2 else 1]:
        start = sum(CH[:b])
        for d in s[start:start + CH[b]]:
            i += 1
            d = {'id': f'rp-{i:03d}', 'batch': b + 1, **d}
            print(json.dumps(d, ensure_ascii=False))
if len(sys.argv) > 3:
    for l in open(sys.argv[3]):
        i += 1
        d = {'id': f'rp-{i:03d}', 'batch': 7, **json.loads(l)}
        print(json.dumps(d, ensure_ascii=False))
