"""Helpers for eval/real/holdout2: reuses ../holdout (mirrors, verbatim cleaning, sentence picking) and adds
this set's exclusion list (documents of every eval/real jsonl on every branch, incl. holdout) and the
60-character near-duplicate guard."""
import ast, glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout'))
from common import R06, R87, RBA, BARAM_COMMIT, git, head, clean, r06_raw, r06_body   # noqa: E402,F401
MAIN = '/work/main'
R06_REPO, R87_REPO, RBA_REPO = 'duynht/financial-news-dataset', 'loki86/ksr_zadanie1V2', 'hephaex/Baram'

def borrow(fn, names, **env):
    """Definitions `names` (functions and module-level assignments) of ../holdout/<fn>, without running its sampling."""
    src = open(os.path.join(HERE, '..', 'holdout', fn)).read(); tree = ast.parse(src); ns = dict(re=re, **env)
    keep = [n for n in tree.body if (isinstance(n, ast.FunctionDef) and n.name in names) or
            (isinstance(n, ast.Assign) and any(getattr(t, 'id', None) in names for t in n.targets))]
    exec(compile(ast.Module(body=keep, type_ignores=[]), fn, 'exec'), ns)
    return ns

# ../holdout's label-file parser (format in labels_reports.txt)
KIND = borrow('build_reports.py', {'KIND'})['KIND']
parse_labels = borrow('build_reports.py', {'parse_labels'}, KIND=KIND, sys=sys)['parse_labels']

def check(pid, L, text, bad):
    low = text.lower()
    for a in L['amounts']:
        if a['text'].lower() not in low: print(pid, 'amount text not found:', a['text']); bad += 1
    for c in L['conversions']:
        for side in ('from', 'to'):
            if not any(a['currency'] == c[side]['currency'] and abs(a['value'] - c[side]['value']) < 1e-9 * max(1, a['value']) for a in L['amounts']):
                print(pid, 'conversion side not in amounts', c); bad += 1
    for m in L['moves']:
        if m['subject'].lower() not in low: print(pid, 'subject not in text (resolved, see note):', m['subject'])
        if m['period'] not in ('day', 'week', 'month', 'year', 'ytd', 'other', 'unknown'): print(pid, 'bad period', m); bad += 1
    return bad

_sp = borrow('sample_passages.py', {'ABBR', 'sentences', 'PRON', 'pick'})
sentences, pick = _sp['sentences'], _sp['pick']

def r06_allowed(path):
    assert re.match(r'ReutersNews106521/200[6-9]\d{4}/', path), path   # 2010 onward is reserved: never opened
    return path

def _jsonl_texts():
    """(branch-or-file, jsonl text) of every eval/real/**/*.jsonl on every local branch and in every worktree
    (read only), plus the shared dev set."""
    out = [('shared-dev', open('/work/shared/eval/extraction-dev/passages.jsonl').read())]
    refs = subprocess.run(['git', '-C', MAIN, 'for-each-ref', '--format=%(refname:short)', 'refs/heads'],
                          capture_output=True, text=True).stdout.split()
    for r in refs:
        for f in subprocess.run(['git', '-C', MAIN, 'ls-tree', '-r', '--name-only', r, '--', 'eval/real'],
                                capture_output=True, text=True).stdout.split():
            if f.endswith('.jsonl') and not f.startswith('eval/real/holdout2/'):
                out.append((f'{r}:{f}', git(MAIN, 'show', f'{r}:{f}')))
    for f in glob.glob('/work/wt/*/eval/real/**/*.jsonl', recursive=True) + glob.glob(MAIN + '/eval/real/**/*.jsonl', recursive=True):
        if '/eval/real/holdout2/' not in f:
            out.append((f, open(f, encoding='utf-8', errors='replace').read()))
    return out

def exclusion_from(texts):
    """Sorted [repo, path, newid] of every document named in a source field, plus every corpus path string in the
    files; `texts` are (name, jsonl text) pairs (this set's `_jsonl_texts()`, or a later set's)."""
    ex = set()
    for _, txt in texts:
        for l in txt.splitlines():
            try: o = json.loads(l)
            except ValueError: continue
            s = o.get('source') if isinstance(o, dict) else None
            if isinstance(s, dict) and s.get('path'):
                ex.add((s.get('repo', ''), s['path'], str(s.get('newid') or '')))
        for p in re.findall(r'ReutersNews106521/\d{8}/[\w.-]+', txt): ex.add((R06_REPO, p, ''))
        for p in re.findall(r'output/raw/[^"\s]+?\.md', txt): ex.add((RBA_REPO, p, ''))
        for n in re.findall(r'"newid":\s*"?(\d+)', txt): ex.add((R87_REPO, '', n))
    return sorted(ex)

def build_exclusion():
    return exclusion_from(_jsonl_texts())

def joined_texts(texts):
    """The `text` fields of every jsonl line in (name, jsonl text) pairs, joined by newlines (the guard's haystack)."""
    ts = []
    for _, txt in texts:
        for l in txt.splitlines():
            try: ts.append(json.loads(l).get('text', ''))
            except (ValueError, AttributeError): pass
    return '\n'.join(ts)

def excluded():
    return {tuple(x) for x in json.load(open(os.path.join(HERE, 'excluded.json')))}

_KNOWN = None
def known(p):
    """Near-duplicate guard of ../holdout: any 60-character window (step 20) shared with a known eval text."""
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = joined_texts(_jsonl_texts())
    return any(p[i:i + 60] in _KNOWN for i in range(0, max(1, len(p) - 59), 20))

def build_reports_jsonl(prefix):
    """reports.jsonl (in the working folder) from sample_reports.tsv (what) and labels_reports.txt (hand labels), ids
    `prefix` + 001…; ../holdout's label parser, checks: every amount text occurs in the verbatim text, every conversion
    side is an amount. Returns the number of problems."""
    rows = [l.rstrip('\n').split('\t') for l in open('sample_reports.tsv') if l.strip()]
    labels = parse_labels('labels_reports.txt', prefix)
    commit = head(R06); bad = 0
    with open('reports.jsonl', 'w') as out:
        for i, (market, published, path, headline, dateline) in enumerate(rows):
            rid = f'{prefix}{i + 1:03d}'
            if rid not in labels: print(rid, 'not labelled'); bad += 1; continue
            L = labels[rid]; text = r06_body(r06_allowed(path))
            bad = check(rid, L, text, bad)
            o = dict(id=rid, kind='market_report', source=dict(repo=R06_REPO, path=path, commit=commit), text=text,
                     published=published, report=dict(type=L['type'], headline=headline, market=market, dateline_new_york=dateline),
                     moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
            if L['note']: o['note'] = L['note']
            out.write(json.dumps(o, ensure_ascii=False) + '\n')
    return bad

def build_passages_jsonl(prefix):
    """passages.jsonl (in the working folder) from sample_passages.json (what, verbatim text) and labels_passages.txt
    (hand labels), ids `prefix` + 001…; same checks as build_reports_jsonl. Returns the number of problems."""
    import datetime
    items = json.load(open('sample_passages.json'))
    labels = parse_labels('labels_passages.txt', prefix)
    loc = {}
    for fn in sorted(x for x in git(R87, 'ls-tree', '--name-only', 'HEAD').split('\n') if re.match(r'reut2-0\d\d\.sgm$', x)):
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">\s*<DATE>\s*(\S+)', git(R87, 'show', 'HEAD:' + fn, enc='latin-1')):
            loc[m.group(1)] = (fn, datetime.datetime.strptime(m.group(2), '%d-%b-%Y').strftime('%Y-%m-%d'))
    c06, c87 = head(R06), head(R87)
    bad = 0
    with open('passages.jsonl', 'w') as out:
        for it in items:
            pid = it['id']; doc = it['doc']
            if pid not in labels: print(pid, 'not labelled'); bad += 1; continue
            L = labels[pid]
            if doc.startswith('ReutersNews106521/'):
                src = dict(repo=R06_REPO, path=r06_allowed(doc), commit=c06); pub = f'{doc[18:22]}-{doc[22:24]}-{doc[24:26]}'
            elif doc.startswith('output/raw/'):
                src = dict(repo=RBA_REPO, path=doc, commit=BARAM_COMMIT)
                pub = re.search(r'published_at: (\d{4}-\d\d-\d\d)', git(RBA, 'show', f'{BARAM_COMMIT}:{doc}')).group(1)
            else:
                fn, pub = loc[doc]; src = dict(repo=R87_REPO, path=fn, commit=c87, newid=doc)
            bad = check(pid, L, it['text'], bad)
            o = dict(id=pid, kind='passage', stratum=it['stratum'], source=src, text=it['text'], published=pub,
                     moves=L['moves'], amounts=L['amounts'], conversions=L['conversions'])
            if L['note']: o['note'] = L['note']
            out.write(json.dumps(o, ensure_ascii=False) + '\n')
    return bad


if __name__ == '__main__':
    ex = build_exclusion()
    json.dump([list(x) for x in ex], open(os.path.join(HERE, 'excluded.json'), 'w'), indent=0)
    print(len(ex), 'excluded entries')
