#!/usr/bin/env python3
"""Sampling rule for eval/real/money (written before labelling; see README.md).

For each source, every document is normalised (entities decoded, tags removed, whitespace collapsed) and split into
sentences. Three candidate streams, each document contributing at most one passage to at most one stream:
  conv  - first sentence with two adjacent money amounts in different currencies (common.has_conversion)
  price - first sentence with a share/commodity price or a price change in money (common.PRICE), when the doc has no conv
  neg   - first sentence with a number and 'points'/'shares'/'percent'/'pct'/'%' and no currency word at all,
          taken from documents not used by the other two streams
Documents already used by other labellers (branches eval-passages, eval-reports-us, eval-reports-world, main) and by
/work/shared/eval/extraction-dev are excluded. Candidate documents are sorted by path (Reuters-21578: file, NEWID) and
every k-th is taken, k = floor(N / quota), starting at k//2, so the pick is spread over the whole period.
A passage is the candidate sentence, plus the next sentence when the candidate is under 150 characters.
usage: python3 sample.py SOURCE conv_quota price_quota neg_quota > candidates-SOURCE.jsonl
"""
import json, re, subprocess, sys
from common import *

used = json.load(open('/tmp/em/used.json'))
USED_PATHS = {(r, p) for r, p, n in used if not n}
USED_NEWIDS = {(r, p, n) for r, p, n in used if n}
USED_TEXTS = json.load(open('/tmp/em/used_texts.json'))
NEG_WORDS = re.compile(r'\b(points|shares|percent|pct)\b|%')
ANY_CUR = re.compile(CUR_WORD.replace('(?:', '\\b(?:', 1) + r'\b|\$|€|£|¥|\bRs\b|\bwon\b')


def docs_reuters06():
    repo = 'duynht/financial-news-dataset'
    paths = [l.strip() for l in open('/tmp/em/reuters_files.txt') if l.split('/')[1][:4] in ('2006', '2007', '2008', '2009')]
    paths = [p for p in paths if not p.endswith('.DS_Store') and (repo, p) not in USED_PATHS]
    for p, raw in cat_batch(repo, paths):
        lines = raw.split('\n')
        head = [l for l in lines[:5] if l.startswith('-- ')]
        body = norm('\n'.join(l for l in lines if not l.startswith('-- ')))
        body = re.sub(r'^.*?\(Reuters\) - ', '', body[:300]) + body[300:]
        yield {'repo': repo, 'path': p}, body, p.split('/')[1]


def docs_reuters87():
    repo = 'loki86/ksr_zadanie1V2'
    for i in range(22):
        path = f'reut2-{i:03d}.sgm'
        raw = git_show(repo, path)
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', raw, re.S):
            newid, doc = m.groups()
            if (repo, path, newid) in USED_NEWIDS:
                continue
            b = re.search(r'<BODY>(.*?)</BODY>', doc, re.S)
            d = re.search(r'<DATE>\s*(\d+)-(\w+)-(\d+)', doc)
            if not b or not d:
                continue
            body = norm(b.group(1).replace('&lt;', '‹').replace('&gt;', '›'))  # keep <Company> markers, undo below
            body = body.replace('‹', '<').replace('›', '>')
            body = re.sub(r'\s*Reuter\s*&#3;\s*$', '', body)
            body = re.sub(r'^.*?\s-\s', '', body[:120], count=1) + body[120:] if ' - ' in body[:120] else body
            yield {'repo': repo, 'path': path, 'newid': newid}, body, d.groups()


def docs_baram():
    repo = 'hephaex/Baram'
    paths = [l.strip() for l in open('/tmp/em/baram_files.txt') if re.match(r'^output/raw/[\x00-\x7f]+$', l.strip())]
    paths = [p for p in paths if (repo, p) not in USED_PATHS]
    for p, raw in cat_batch(repo, paths):
        m = re.search(r'^published_at: (\d{4}-\d\d-\d\d)', raw, re.M)
        parts = raw.split('\n---\n')
        body = norm(parts[2] if len(parts) > 2 else raw)
        body = re.sub(r'^.*?\(Yonhap\)\s*--\s*', '', body[:400]) + body[400:]
        yield {'repo': repo, 'path': p}, body, m.group(1) if m else None


def cat_batch(repo, paths):
    proc = subprocess.Popen(['git', '-C', f'/work/.mirror/{MIRROR[repo]}/repo', 'cat-file', '--batch'],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    import threading
    def feed():
        for p in paths:
            proc.stdin.write(f'{COMMIT[repo]}:{p}\n'.encode())
        proc.stdin.close()
    threading.Thread(target=feed, daemon=True).start()
    for p in paths:
        hdr = proc.stdout.readline().split()
        if len(hdr) < 3:
            continue
        data = proc.stdout.read(int(hdr[2])); proc.stdout.read(1)
        yield p, data.decode('utf-8', 'replace')


def passage(sents, i):
    s = sents[i]
    if len(s) < 150 and i + 1 < len(sents) and len(s) + len(sents[i + 1]) < 450:
        s = s + ' ' + sents[i + 1]
    return s


def main():
    src, qc, qp, qn = sys.argv[1], *map(int, sys.argv[2:5])
    gen = {'reuters06': docs_reuters06, 'reuters87': docs_reuters87, 'baram': docs_baram}[src]
    streams = {'conv': [], 'price': [], 'neg': []}
    seen = set()
    for source, body, date in gen():
        sents = [s for s in sentences(body)]
        ok = lambda s: 40 <= len(s) <= 450 and not any(s[:80] in t or t[:80] in s for t in USED_TEXTS) and s[:80] not in seen
        # (seen: the same sentence syndicated in several documents is taken once)
        c = next((i for i, s in enumerate(sents) if ok(s) and has_conversion(s)), None)
        if c is not None:
            seen.add(sents[c][:80])
            streams['conv'].append((source, passage(sents, c), date)); continue
        c = next((i for i, s in enumerate(sents) if ok(s) and PRICE.search(s)), None)
        if c is not None:
            streams['price'].append((source, passage(sents, c), date)); continue
        c = next((i for i, s in enumerate(sents) if ok(s) and re.search(r'\d', s) and NEG_WORDS.search(s)
                  and not ANY_CUR.search(s)), None)
        if c is not None:
            streams['neg'].append((source, passage(sents, c), date))
    for name, q in (('conv', qc), ('price', qp), ('neg', qn)):
        cand = streams[name]
        q = min(q, len(cand))  # a short stream is taken whole
        k = max(1, len(cand) // q) if q else 0
        print(f'{src} {name}: {len(cand)} candidates, every {k}th', file=sys.stderr)
        for j in range(q):
            source, text, date = cand[k // 2 + j * k]
            print(json.dumps({'stream': name, 'source': source, 'date': date, 'text': text}, ensure_ascii=False))


main()
