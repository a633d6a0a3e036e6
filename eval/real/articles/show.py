#!/usr/bin/env python3
"""Print each drawn article's body with its sentences that contain 'percent'/'pct' marked (labelling aid; reads no
extractor output)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout2'))
from h2 import R06, git, clean, r06_allowed  # noqa: E402
def body(path):
    return clean(' '.join(l for l in git(R06, 'show', 'HEAD:' + r06_allowed(path)).split('\n') if not l.startswith('-- ')))
for i, line in enumerate(open(os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else 'sample.tsv'))):
    path, pub, head = line.rstrip('\n').split('\t')
    b = body(path)
    print(f'=== ra-{i + 1:03d} {pub} {head}')
    for s in re.split(r'(?<=[.!?"])\s+(?=[A-Z"(])', b):
        if re.search(r'\b(percent|pct)\b|%', s): print('  *', s)
