#!/usr/bin/env python3
"""Check that every passage text in batch-*.jsonl is verbatim: a substring of its source file after
HTML entities are decoded, tags removed and whitespace collapsed. usage: python3 verify.py"""
import glob, html, json, re, subprocess, sys

MIR = {'duynht/financial-news-dataset': 'duynht+financial-news-dataset', 'loki86/ksr_zadanie1V2': 'loki86+ksr_zadanie1V2',
       'hephaex/Baram': 'hephaex+Baram', 'chiuyuwen91/Forecast-stock-price': 'chiuyuwen91+Forecast-stock-price'}


def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return re.sub(r'\s+', ' ', s).strip()


cache, bad, n = {}, 0, 0
for f in sorted(glob.glob('batch-*.jsonl')):
    for line in open(f, encoding='utf-8'):
        d = json.loads(line)
        s = d['source']
        key = (s['repo'], s['path'], s['commit'])
        if key not in cache:
            raw = subprocess.run(['git', '-C', f'/work/.mirror/{MIR[s["repo"]]}/repo', 'show', f'{s["commit"]}:{s["path"]}'],
                                 capture_output=True, check=True).stdout
            enc = 'latin-1' if s['repo'] in ('loki86/ksr_zadanie1V2', 'chiuyuwen91/Forecast-stock-price') else 'utf-8'
            cache[key] = norm(raw.decode(enc, 'replace'))
        n += 1
        if d['text'] not in cache[key]:
            bad += 1
            print(f'{f}: {d["id"]}: text not found verbatim in {s["repo"]}/{s["path"]}')
        if s.get('newid') and f'NEWID="{s["newid"]}"' not in cache[key] and f'NEWID="{s["newid"]}">' not in html.unescape(cache[key]):
            pass
print(f'{n} passages checked, {bad} not verbatim')
sys.exit(1 if bad else 0)
