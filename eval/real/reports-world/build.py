#!/usr/bin/env python3
"""Builds reports.jsonl from the hand labels in labels_b*.py and the verbatim source texts.
Checks: every amount text occurs in the passage, every conversion side is an amount, every move subject
(or ticker) occurs in the passage. Usage: python3 build.py [--batch N --out FILE]"""
import json, sys, glob, importlib.util, re
import src_text as S

R06, BARAM, SGM = 'duynht/financial-news-dataset', 'hephaex/Baram', 'loki86/ksr_zadanie1V2'

def M(subject, kind, pct, period, intraday=False, ticker=None):
    m = {'subject': subject, 'kind': kind, 'change_pct': pct, 'period': period}
    if intraday: m['intraday'] = True
    if ticker: m['ticker'] = ticker
    return m
def A(value, cur, text): return {'value': value, 'currency': cur, 'text': text}
def C(fv, fc, tv, tc): return {'from': {'value': fv, 'currency': fc}, 'to': {'value': tv, 'currency': tc}}

def report(rid, src, path, rtype, moves=(), amounts=(), conversions=(), note=None, newid=None):
    if src == R06:
        text, published, headline, _ = S.reuters2006(path)
    elif src == BARAM:
        text, published, headline = S.baram(path)
    else:
        text, published, headline = S.sgm(path, newid)
    source = {'repo': src, 'path': path, 'commit': S.COMMITS[src]}
    if newid: source['newid'] = str(newid)
    d = {'id': rid, 'kind': 'market_report', 'report': {'type': rtype, 'headline': headline},
         'source': source, 'text': text, 'published': published,
         'moves': list(moves), 'amounts': list(amounts), 'conversions': list(conversions)}
    if note: d['note'] = note
    low = text.lower()
    for a in d['amounts']:
        assert a['text'] in text, (rid, 'amount text not in passage', a['text'])
    keys = {(a['value'], a['currency']) for a in d['amounts']}
    for c in d['conversions']:
        for side in ('from', 'to'):
            assert (c[side]['value'], c[side]['currency']) in keys, (rid, 'conversion side not an amount', c)
    for m in d['moves']:
        assert m['subject'].lower() in low or (m.get('ticker') and m['ticker'] in text), (rid, 'subject not in text', m['subject'])
        assert m['period'] in ('day', 'week', 'month', 'year', 'ytd', 'other', 'unknown'), m
        assert m['kind'] in ('stock', 'index', 'market', 'commodity', 'currency', 'other'), m
    return d

def load(n):
    spec = importlib.util.spec_from_file_location(f'labels_b{n}', f'labels_b{n}.py')
    mod = importlib.util.module_from_spec(spec)
    mod.__dict__.update(dict(M=M, A=A, C=C, report=report, R06=R06, BARAM=BARAM, SGM=SGM))
    spec.loader.exec_module(mod)
    return mod.REPORTS

if __name__ == '__main__':
    args = sys.argv[1:]
    batches = sorted(int(re.search(r'labels_b(\d+)', f).group(1)) for f in glob.glob('labels_b*.py'))
    if '--batch' in args:
        batches = [int(args[args.index('--batch') + 1])]
    out = args[args.index('--out') + 1] if '--out' in args else 'reports.jsonl'
    rows = [r for b in batches for r in load(b)]
    ids = [r['id'] for r in rows]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    with open(out, 'w') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{out}: {len(rows)} reports, {sum(len(r["moves"]) for r in rows)} moves, '
          f'{sum(len(r["amounts"]) for r in rows)} amounts, {sum(len(r["conversions"]) for r in rows)} conversions')
