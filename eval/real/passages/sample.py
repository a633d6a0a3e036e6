#!/usr/bin/env python3
"""Deterministic sampler for eval/real/passages: picks candidate passages from the four public
corpora by the rule written in README.md (no extractor involved) and prints them as JSON lines
with source pointers and verbatim text. Labels are added by hand afterwards.

usage: python3 sample.py SOURCE > candidates.jsonl   (SOURCE = r106521 | r21578 | yonhap | fpb)
Needs the mirrors under /work/.mirror (see README.md for repo/commit)."""
import datetime, html, json, re, subprocess, sys

MIR = '/work/.mirror'
PCT = re.compile(r'\d\s?(%|percent\b|per cent\b|pct\b)', re.I)
MONEY = re.compile(
    r'(\$|€|£|\bUS\$|\bEUR ?\d|\bUSD ?\d|\bSEK ?\d|\bEURO ?\d|\beuro\d)\s?\d'
    r'|\d[\d,.]*\s?(mln|million|billion|bln|trillion|tln|mn|m|bn)?[ -]?'
    r'(dlrs|dollars?|cents|cts|euros?|eur\b|yen|won|pounds|stg|sterling|francs|marks|crowns|kroner|lire|riyals|yuan|rupees)\b',
    re.I)


def git(repo, *args):
    return subprocess.run(['git', '-C', f'{MIR}/{repo}/repo', *args], capture_output=True, check=True).stdout


def show_many(repo, rev, paths):
    """contents of many blobs in one git call"""
    inp = ''.join(f'{rev}:{p}\n' for p in paths).encode()
    out = subprocess.run(['git', '-C', f'{MIR}/{repo}/repo', 'cat-file', '--batch'], input=inp,
                         capture_output=True, check=True).stdout
    res, pos = [], 0
    for _ in paths:
        nl = out.index(b'\n', pos)
        size = int(out[pos:nl].split()[2])
        res.append(out[nl + 1:nl + 1 + size])
        pos = nl + 1 + size + 1
    return res


def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return re.sub(r'\s+', ' ', s).strip()


# rule v2 (batches 03-06): within a sampled file prefer the first sentence where a percentage
# stands near a traded thing; otherwise the first figure sentence as in v1
PREFER = len(sys.argv) > 3 and sys.argv[3] == 'v2'
TRADED = re.compile(r'\b(shares?|stocks?|index|indexes|indices|KOSPI|KOSDAQ|Nikkei|Dow|S&P|Nasdaq|dollar|yen|won|euro|'
                    r'sterling|gold|oil|crude|copper|bonds?|futures|prices?)\b', re.I)


def first_hit(sents):
    hits = [i for i, t in enumerate(sents) if has_fig(t)]
    if PREFER:
        pref = [i for i in hits if PCT.search(sents[i]) and TRADED.search(sents[i])]
        if pref:
            return [pref[0]] + [i for i in hits if i != pref[0]]
    return hits


def has_fig(s):
    return bool(PCT.search(s) or MONEY.search(s))


def lookalike(s):
    """percentage, no money, not obviously a share/index move: candidate negative"""
    return bool(PCT.search(s)) and not MONEY.search(s) and not re.search(r'\bshares?\b|\bstocks?\b|\bindex\b', s, re.I)


ABBR = ''.join(r'(?<!\b' + re.escape(w) + r'\.)' for w in ['Co', 'Corp', 'Inc', 'Ltd', 'Plc', 'U.S', 'U.K', 'Mr', 'Ms', 'Mrs', 'No', 'St', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Gov', 'Rep', 'Dr', 'Sen', 'Gen', 'Bhd', 'Cos', 'Bros', 'approx', 'e.g', 'i.e']) + r'(?<!\b[A-Z]\.)'


def sentences(text):
    return [s for s in re.split(ABBR + r'(?<=[.!?])\s+(?=["A-Z(])', text) if s]


def window(sents, i):
    """1-3 sentences starting at i: add the next sentence while the passage stays short"""
    out = sents[i]
    j = i + 1
    while j < len(sents) and len(out) < 140 and j - i < 3:
        out += ' ' + sents[j]
        j += 1
    return out


SEEN = {json.loads(l)['text'] for l in open('/work/shared/eval/extraction-dev/passages.jsonl')}


def emit(d):
    """print a candidate; an exact repeat of an earlier text (re-issued wire story) is skipped"""
    if d['text'] in SEEN:
        return
    SEEN.add(d['text'])
    print(json.dumps(d, ensure_ascii=False))


def r106521():
    repo = 'duynht+financial-news-dataset'
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    # only the 2006-2009 folders are listed, 2010+ is never opened
    out = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'ReutersNews106521/').decode().split('\n')
    files = sorted(f for f in out if re.match(r'ReutersNews106521/200[6-9]', f))
    wrap = re.compile(r'markets?-|forex|dollar|currenc|-oil|oil-|gold|crude|metals|bonds|treasur|column|stocks-|-stocks|economy|'
                      r'europe-|asia-|japan-stocks|nikkei|wallstreet|-idUSTRE', re.I)
    files = [f for f in files if not wrap.search(f.split('/')[-1].split('-id')[0] + '-')]
    ric = re.compile(r'\( ?[A-Z0-9]{1,6}\.[A-Z]{1,2} ?\)')
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 97
    n = 0
    V3 = len(sys.argv) > 3 and sys.argv[3] == 'v3'
    # v3 (batch 07, share-move supplement): the files half-way between the v1/v2 picks
    picked = files[k // 2::k] if V3 else files[::k]
    for f, blob in zip(picked, show_many(repo, 'HEAD', picked)):
        raw = blob.decode('utf-8', 'replace')
        lines = raw.split('\n')
        m = re.search(r'^-- \w+ (\w+ \d+, \d{4})', '\n'.join(lines[:5]), re.M)
        if not m:
            continue
        pub = datetime.datetime.strptime(m.group(1), '%b %d, %Y').date().isoformat()
        body = norm('\n'.join(lines[4:]))
        if not ric.search(body) or 'share' not in body:
            continue
        y = body.find('(Reuters) - ')
        body = body[y + len('(Reuters) - '):] if y >= 0 else body
        sents = [t for t in sentences(body) if 30 <= len(t) <= 420 and not t.startswith('(')]
        hits = first_hit(sents)
        if V3:
            hits = [i for i in hits if PCT.search(sents[i]) and re.search(r'\b(shares?|stocks?)\b', sents[i])]
        if not hits:
            continue
        n += 1
        src = {'repo': 'duynht/financial-news-dataset', 'path': f, 'commit': commit}
        emit({'source': src, 'published': pub, 'text': window(sents, hits[0]), 'rule': 'first'})
        if n % 6 == 0 and not V3:
            neg = [i for i, t in enumerate(sents) if lookalike(t) and i != hits[0]]
            if neg:
                emit({'source': src, 'published': pub, 'text': sents[neg[0]], 'rule': 'lookalike'})


def r21578():
    repo = 'loki86+ksr_zadanie1V2'
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    used = set()
    for l in open('/work/shared/eval/extraction-dev/passages.jsonl'):
        nid = json.loads(l)['source'].get('newid')
        if nid:
            used.add(nid)
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    arts = []
    for i in range(22):
        path = f'reut2-{i:03d}.sgm'
        raw = git(repo, 'show', f'HEAD:{path}').decode('latin-1')
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', raw, re.S):
            arts.append((int(m.group(1)), path, m.group(2)))
    arts.sort()
    months = dict(JAN=1, FEB=2, MAR=3, APR=4, MAY=5, JUN=6, JUL=7, AUG=8, SEP=9, OCT=10, NOV=11, DEC=12)
    n = 0
    V3 = len(sys.argv) > 3 and sys.argv[3] == 'v3'
    for idx, (nid, path, a) in enumerate(arts):
        # v3 (batch 08 supplement): articles half-way between the v1/v2 picks
        if (idx - (k // 2 if V3 else 0)) % k or str(nid) in used:
            continue
        b = re.search(r'<BODY>(.*?)</BODY>', a, re.S)
        d = re.search(r'<DATE>\s*(\d+)-(\w+)-(\d{4})', a)
        if not b or not d:
            continue
        pub = f'{d.group(3)}-{months[d.group(2)]:02d}-{int(d.group(1)):02d}'
        paras = [norm(p) for p in re.split(r'\n    ', b.group(1))]
        paras = [re.sub(r'\s*Reuter\s*(&#3;|\x03)?\s*$', '', p) for p in paras]
        ok = [p for p in paras if 50 <= len(p) <= 420 and p.endswith(('.', '."', '.\'')) and ' vs ' not in p]
        figs = [ok[i] for i in first_hit(ok)]
        if V3:
            figs = [p for p in figs if PCT.search(p) and TRADED.search(p)]
        if not figs:
            continue
        n += 1
        emit({'source': {'repo': 'loki86/ksr_zadanie1V2', 'path': path, 'commit': commit, 'newid': str(nid)},
              'published': pub, 'text': figs[0], 'rule': 'first'})
        if n % 6 == 0 and not V3:
            neg = [p for p in ok if lookalike(p) and p != figs[0]]
            if neg:
                emit({'source': {'repo': 'loki86/ksr_zadanie1V2', 'path': path, 'commit': commit, 'newid': str(nid)},
                      'published': pub, 'text': neg[0], 'rule': 'lookalike'})


def yonhap():
    repo = 'hephaex+Baram'
    commit = '84edb470c4d89a44d3376cf5d18747318da45211'  # last commit that still tracks output/raw
    used = set()
    for l in open('/work/shared/eval/extraction-dev/passages.jsonl'):
        used.add(json.loads(l)['source'].get('path'))
    files = git(repo, '-c', 'core.quotepath=off', 'ls-tree', '-r', '--name-only', commit, 'output/raw/').decode().split('\n')
    files = sorted(f for f in files if re.match(r'^output/raw/001_\d+_[\x20-\x7e]+\.md$', f)
                   and 'seoul_shares' not in f and f not in used)
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    n = 0
    for idx, f in enumerate(files):
        if idx % k:
            continue
        raw = git(repo, 'show', f'{commit}:{f}').decode('utf-8', 'replace')
        m = re.search(r'published_at: (\d{4}-\d\d-\d\d)', raw)
        parts = raw.split('\n---\n')
        body = norm(parts[2]) if len(parts) > 2 else ''
        y = body.find('(Yonhap) -- ')
        if y < 0:
            continue
        body = re.sub(r'\S*@yna\.co\.kr.*$', '', body[y + len('(Yonhap) -- '):]).strip()
        sents = sentences(body)
        hits = first_hit(sents)
        if not hits:
            continue
        n += 1
        first = window(sents, hits[0])
        emit({'source': {'repo': 'hephaex/Baram', 'path': f, 'commit': commit},
              'published': m.group(1) if m else None, 'text': first, 'rule': 'first'})
        later = [i for i in hits if sents[i] not in first]
        if n % 3 == 0 and later:
            emit({'source': {'repo': 'hephaex/Baram', 'path': f, 'commit': commit},
                  'published': m.group(1) if m else None, 'text': window(sents, later[0]), 'rule': 'second'})
        if n % 6 == 0:
            neg = [i for i, s in enumerate(sents) if lookalike(s) and i != hits[0]]
            if neg:
                emit({'source': {'repo': 'hephaex/Baram', 'path': f, 'commit': commit},
                      'published': m.group(1) if m else None, 'text': sents[neg[0]], 'rule': 'lookalike'})


def fpb():
    repo = 'chiuyuwen91+Forecast-stock-price'
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    path = 'data/Sentences_50Agree.txt'
    lines = git(repo, 'show', f'HEAD:{path}').decode('latin-1').split('\n')
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    n = 0
    if len(sys.argv) > 3 and sys.argv[3] == 'v3':
        # v3 (batch 08 supplement): every k-th sentence with a percentage and a share/index word
        hits = [(i, l.rsplit('@', 1)[0].strip()) for i, l in enumerate(lines)
                if PCT.search(l) and re.search(r'\b(shares?|stocks?|index|OMX)\b', l, re.I)]
        for i, t in hits[::k]:
            emit({'source': {'repo': 'chiuyuwen91/Forecast-stock-price', 'path': path, 'commit': commit, 'line': i + 1},
                  'published': None, 'text': t, 'rule': 'v3'})
        return
    for idx, l in enumerate(lines):
        if idx % k:
            continue
        s = l.rsplit('@', 1)[0].strip()
        if not has_fig(s):
            # look-alike negative: next line in this block with a percentage and no money
            continue
        n += 1
        emit({'source': {'repo': 'chiuyuwen91/Forecast-stock-price', 'path': path, 'commit': commit, 'line': idx + 1},
              'published': None, 'text': s, 'rule': 'first'})
        if n % 6 == 0:
            for j in range(idx + 1, len(lines)):
                t = lines[j].rsplit('@', 1)[0].strip()
                if lookalike(t):
                    emit({'source': {'repo': 'chiuyuwen91/Forecast-stock-price', 'path': path, 'commit': commit,
                                     'line': j + 1}, 'published': None, 'text': t, 'rule': 'lookalike'})
                    break


{'r106521': r106521, 'r21578': r21578, 'yonhap': yonhap, 'fpb': fpb}[sys.argv[1]]()
