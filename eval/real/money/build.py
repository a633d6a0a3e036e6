#!/usr/bin/env python3
"""Build batch-NN.jsonl from candidates-SRC.jsonl + labels-NN.txt (hand labels, one block per candidate).

Label block (blank-line separated, in candidate order):
  # <candidate number>            passage = that candidate's text; '# 12 text=<verbatim text>' overrides the text
  A <amount as written> | <ISO>   value parsed from the written amount; '| <ISO> | <value>' to give it by hand
  C <i> <j>                       conversion from the i-th to the j-th amount (0-based, within the passage)
  M <subject> | <kind> | <signed pct> | <period> [| intraday] [| ticker=X]
  N <note>
usage: python3 build.py NN SRC first_id
"""
import json, re, sys
from common import COMMIT, git_show, norm

SCALE = {'mln': 1e6, 'million': 1e6, 'bln': 1e9, 'billion': 1e9, 'trillion': 1e12, 'tln': 1e12, 'crore': 1e7,
         'lakh': 1e5, 'thousand': 1e3}
WORDNUM = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10}


def parse_value(t):
    m = re.search(r'(\d[\d,]*(?:\.\d+)?)(?:[- ](\d+)/(\d+))?|\b(' + '|'.join(WORDNUM) + r')\b', t)
    v = float(m.group(1).replace(',', '')) if m.group(1) else float(WORDNUM[m.group(4)])
    if m.group(2):
        v += int(m.group(2)) / int(m.group(3))
    for w, k in SCALE.items():
        if re.search(r'\b' + w + r'\b', t, re.I):
            v *= k
    if re.search(r'\b(cents?|pence|p|sen|centimes|pfennigs|fils|paise)\b|¢', t):
        v /= 100
    return float(f'{v:.10g}')


def main():
    nn, src, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cands = [json.loads(l) for l in open(f'candidates-{src}.jsonl')]
    blocks = [b for b in open(f'labels-{nn}.txt').read().split('\n\n') if b.strip()]
    out, n_err = [], 0
    for k, b in enumerate(blocks):
        lines = [l for l in b.strip().split('\n') if not l.startswith('//')]
        head = re.match(r'# (\d+)(?: text=(.*))?$', lines[0])
        c = cands[int(head.group(1)) - 1]
        text = head.group(2) or c['text']
        s = dict(c['source']); s['commit'] = COMMIT[s['repo']]
        date = c['date']
        if isinstance(date, list):
            date = f"{date[2]}-{['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'].index(date[1])+1:02d}-{int(date[0]):02d}"
        elif re.fullmatch(r'\d{8}', date or ''):
            date = f'{date[:4]}-{date[4:6]}-{date[6:]}'
        d = {'id': f'rm-{first + k:03d}', 'source': s, 'text': text, 'published': date, 'kind': 'passage',
             'moves': [], 'amounts': [], 'conversions': []}
        for l in lines[1:]:
            tag, rest = l[0], l[2:].strip()
            f = [x.strip() for x in rest.split('|')]
            if tag == 'A':
                if f[0] not in text:
                    print(f'{d["id"]}: amount text {f[0]!r} not in passage'); n_err += 1
                d['amounts'].append({'value': float(f[2]) if len(f) > 2 else parse_value(f[0]), 'currency': f[1], 'text': f[0]})
            elif tag == 'C':
                i, j = map(int, rest.split())
                a, bb = d['amounts'][i], d['amounts'][j]
                d['conversions'].append({'from': {'value': a['value'], 'currency': a['currency']},
                                         'to': {'value': bb['value'], 'currency': bb['currency']}})
            elif tag == 'M':
                mv = {'subject': f[0], 'kind': f[1], 'change_pct': float(f[2]), 'period': f[3]}
                assert mv['kind'] in ('stock', 'index', 'market', 'commodity', 'currency', 'other'), l
                assert mv['period'] in ('day', 'week', 'month', 'year', 'ytd', 'other', 'unknown'), l
                if f[0].lower() not in text.lower():
                    mv.setdefault('_resolved', True)
                for x in f[4:]:
                    if x == 'intraday': mv['intraday'] = True
                    elif x.startswith('ticker='): mv['ticker'] = x[7:]
                mv.pop('_resolved', None)
                d['moves'].append(mv)
            elif tag == 'N':
                d['note'] = rest
            else:
                raise SystemExit(f'bad line {l!r}')
        # verbatim check against the normalised source file
        raw = norm(git_show(s['repo'], s['path']))
        if text not in raw:
            # passages joined two sentences with ' '; where the source glues them ("club.This") drop that space
            for m in reversed(list(re.finditer(r'[.!?"] (?=[A-Z(])', text))):
                t2 = text[:m.start() + 1] + text[m.end():]
                if t2 in raw or any(t2[:p] in raw for p in [m.start() + 1 + 40]):
                    text = t2
            d['text'] = text
        if text not in raw:
            print(f'{d["id"]}: text not verbatim'); n_err += 1
        out.append(d)
    with open(f'batch-{nn}.jsonl', 'w') as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    for d in out:
        print(d['id'], '|', ' ; '.join(f"{a['text']}={a['value']:g} {a['currency']}" for a in d['amounts']),
              '| C', len(d['conversions']), '| M', [(m['subject'], m['change_pct'], m['period']) for m in d['moves']])
    print(f'{len(out)} passages, {n_err} errors')


main()
