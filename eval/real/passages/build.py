#!/usr/bin/env python3
"""Turn hand labels (labels/batch-NN.txt) + labels/candidates.jsonl into batch-NN.jsonl.
Label file: a line "rp-NNN" starts a passage, then
  m SUBJECT|KIND|PCT|PERIOD[|i][|t=TICKER]   one move (i = intraday)
  a VALUE CUR TEXT                          one amount (VALUE like 1.2e9)
  c I>J                                     conversion between amounts I and J (0-based, in order)
  n NOTE                                    note
  r TYPE                                    kind=market_report with report type
A passage with no m/a/c lines is a negative. usage: python3 build.py NN"""
import json, sys
nn = sys.argv[1]
cands = {json.loads(l)['id']: json.loads(l) for l in open('labels/candidates.jsonl')}
out, cur = [], None
for raw in open(f'labels/batch-{nn}.txt', encoding='utf-8'):
    line = raw.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    if line.startswith('rp-'):
        c = cands[line.strip()]
        cur = {'id': c['id'], 'source': c['source'], 'text': c['text'], 'published': c['published'],
               'kind': 'passage', 'moves': [], 'amounts': [], 'conversions': []}
        out.append(cur)
        continue
    tag, rest = line[0], line[2:].strip()
    if tag == 'm':
        p = rest.split('|')
        mv = {'subject': p[0], 'kind': p[1], 'change_pct': float(p[2]), 'period': p[3]}
        for extra in p[4:]:
            if extra == 'i':
                mv['intraday'] = True
            elif extra.startswith('t='):
                mv['ticker'] = extra[2:]
        if mv['change_pct'] == int(mv['change_pct']):
            mv['change_pct'] = int(mv['change_pct'])
        cur['moves'].append(mv)
    elif tag == 'a':
        v, ccy, text = rest.split(' ', 2)
        val = float(v)
        assert text in cur['text'], (cur['id'], text)
        cur['amounts'].append({'value': int(val) if val == int(val) and abs(val) < 1e15 else val,
                               'currency': ccy, 'text': text})
    elif tag == 'c':
        i, j = (int(x) for x in rest.split('>'))
        a, b = cur['amounts'][i], cur['amounts'][j]
        cur['conversions'].append({'from': {'value': a['value'], 'currency': a['currency']},
                                   'to': {'value': b['value'], 'currency': b['currency']}})
    elif tag == 'n':
        cur['note'] = rest
    else:
        raise SystemExit(f'labels/batch-{nn}.txt: bad line {line!r}')
with open(f'batch-{nn}.jsonl', 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
want = [i for i, c in cands.items() if c['batch'] == int(nn)]
missing = sorted(set(want) - {d['id'] for d in out})
print(f'batch-{nn}: {len(out)} passages, missing {missing}', file=sys.stderr)
