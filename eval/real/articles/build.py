#!/usr/bin/env python3
"""articles.jsonl from sample.tsv (what; verbatim body as ../holdout2's r06_body) and labels.json (hand labels:
[subject, kind, change_pct, period, note?] per move). Moves only: amounts and conversions are not labelled (empty
lists; scripts/eval-extraction.mjs scores only moves for this set)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout2'))
from h2 import R06, R06_REPO, head, r06_body, r06_allowed  # noqa: E402
# python3 build.py [SAMPLE LABELS OUT PREFIX]: the second batch is `sample-2.tsv labels-2.json articles-2.jsonl rb-`
SAMPLE, LABELS, OUT, PREFIX = sys.argv[1:5] if len(sys.argv) > 4 else ('sample.tsv', 'labels.json', 'articles.jsonl', 'ra-')
labels = json.load(open(os.path.join(HERE, LABELS)))
commit = head(R06)
with open(os.path.join(HERE, OUT), 'w') as out:
    for i, line in enumerate(open(os.path.join(HERE, SAMPLE))):
        path, published, headline = line.rstrip('\n').split('\t')
        aid = f'{PREFIX}{i + 1:03d}'
        text = r06_body(r06_allowed(path))
        moves, notes = [], []
        for m in labels[aid]:
            subject, kind, pct, period = m[:4]
            assert any(w in text for w in subject.split()[:1]), (aid, subject)
            moves.append(dict(subject=subject, kind=kind, change_pct=pct, period=period))
            if len(m) > 4: notes.append(f'{subject} {pct}: {m[4]}')
        o = dict(id=aid, kind='article', moves_only=True, source=dict(repo=R06_REPO, path=path, commit=commit), text=text,
                 published=published, headline=headline, moves=moves, amounts=[], conversions=[])
        if notes: o['note'] = '; '.join(notes)
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('ok', i + 1)
