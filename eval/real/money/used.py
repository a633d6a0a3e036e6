#!/usr/bin/env python3
"""Collect sources and texts already used by the other labellers and the shared dev set, so sample.py skips them,
and check this folder's batches against them.
Writes /tmp/em/used.json ([repo, path, newid]) and /tmp/em/used_texts.json. usage: python3 used.py [--check]"""
import glob, json, os, subprocess, sys

BRANCHES = [('eval-passages', 'eval/real/passages/'), ('eval-reports-us', 'eval/real/reports-us/'),
            ('eval-reports-world', 'eval/real/reports-world/'), ('main', 'eval/real/')]
used, texts = {}, []
for b, prefix in BRANCHES:
    names = subprocess.run(['git', 'ls-tree', '-r', '--name-only', b, '--', prefix], capture_output=True, text=True).stdout.split()
    for n in names:
        if n.endswith('.jsonl') and 'candidates' not in n and '/money/' not in n:
            for l in subprocess.run(['git', 'show', f'{b}:{n}'], capture_output=True, text=True).stdout.splitlines():
                if l.strip():
                    d = json.loads(l); s = d.get('source', {})
                    used[(s.get('repo'), s.get('path'), s.get('newid'))] = f'{b}:{n}'; texts.append(d['text'])
for l in open('/work/shared/eval/extraction-dev/passages.jsonl'):
    d = json.loads(l); s = d['source']
    used[(s.get('repo'), s.get('path'), s.get('newid'))] = 'extraction-dev'; texts.append(d['text'])
os.makedirs('/tmp/em', exist_ok=True)
json.dump([list(k) for k in used], open('/tmp/em/used.json', 'w'))
json.dump(texts, open('/tmp/em/used_texts.json', 'w'))
print(f'{len(used)} used sources, {len(texts)} used texts')
if '--check' in sys.argv:
    clash = 0
    for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'batch-*.jsonl'))):
        for l in open(f):
            d = json.loads(l); s = d['source']
            hit = used.get((s['repo'], s['path'], s.get('newid')))
            dup = [t for t in texts if d['text'][:80] in t or t[:80] in d['text']]
            if hit or dup:
                clash += 1; print(d['id'], 'source used by', hit, '| same text used' if dup else '')
    print(f'{clash} clashes')
