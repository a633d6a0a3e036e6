#!/usr/bin/env python3
"""Thin each source's candidates to 75 evenly spaced items and deal them into 6 batches
(chunks of 13,13,12,13,12,12 per source), numbering rp-001... in batch order.
usage: python3 assemble.py V1DIR V2DIR > labels/candidates.jsonl
Batches 01-02 come from the v1 candidate lists, batches 03-06 from the v2 lists (sample.py ... v2);
each dir holds r1.jsonl r2.jsonl yo.jsonl fp.jsonl (fp is the same in both).
Further arguments "B:file" (sample.py ... v3 output) are appended as batch B, skipping articles
(repo/path/newid) or sentences (line) already sampled: 7:r106521-v3 8:r21578-v3 8:fpb-v3."""
import json, sys
CH = [13, 13, 12, 13, 12, 12]
def thin(f):
    c = [json.loads(l) for l in open(f)]
    n = len(c)
    return [c[int(i * n / 75)] for i in range(75)] if n > 75 else c


sets = [[thin(f'{d}/{s}.jsonl') for s in ('r1', 'r2', 'yo', 'fp')] for d in sys.argv[1:3]]
def key(d):
    src = d['source']
    return (src['repo'], src['path'], src.get('newid'), src.get('line'))


seen = set()
i = 0
for b in range(6):
    for s in sets[0 if b < 2 else 1]:
        start = sum(CH[:b])
        for d in s[start:start + CH[b]]:
            i += 1
            d = {'id': f'rp-{i:03d}', 'batch': b + 1, **d}
            seen.add(key(d))
            print(json.dumps(d, ensure_ascii=False))
# supplements: arguments "B:file" (B = batch number) are appended whole, skipping articles
# (same repo/path/newid) or sentences (same line) already sampled
for arg in sys.argv[3:]:
    b, f = arg.split(':', 1) if ':' in arg else ('7', arg)
    for l in open(f):
        d = json.loads(l)
        if key(d) in seen:
            continue
        i += 1
        d = {'id': f'rp-{i:03d}', 'batch': int(b), **d}
        print(json.dumps(d, ensure_ascii=False))
