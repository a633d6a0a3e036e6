"""Helpers for eval/real/holdout: mirrors, verbatim text, and the exclusion list (documents used anywhere in eval/real)."""
import html, json, re, subprocess
R06 = '/work/.mirror/duynht+financial-news-dataset/repo'          # ReutersNews106521; only 2006-2009 folders read
R87 = '/work/.mirror/loki86+ksr_zadanie1V2/repo'                   # Reuters-21578
RBA = '/work/.mirror/hephaex+Baram/repo'                           # Korean English press, commit 84edb470
BARAM_COMMIT = '84edb470c4d89a44d3376cf5d18747318da45211'

def git(repo, *a, enc='utf-8'):
    return subprocess.run(['git', '-C', repo, *a], capture_output=True).stdout.decode(enc, 'replace')

def head(repo):
    return git(repo, 'rev-parse', 'HEAD').strip()

def clean(t):
    t = html.unescape(t)
    t = re.sub(r'<[^>]+>', ' ', t)
    return ' '.join(t.split())

def r06_raw(path):
    assert re.match(r'ReutersNews106521/200[6-9]', path), path   # 2010 onward is reserved: never opened
    return git(R06, 'show', 'HEAD:' + path)

def r06_body(path):
    return clean(' '.join(l for l in r06_raw(path).split('\n') if not l.startswith('-- ')))

def excluded():
    """(repo, path, newid) of every document in any eval/real jsonl on any local branch (see README)."""
    return {tuple(x) for x in json.load(open(__file__.rsplit('/', 1)[0] + '/excluded.json'))}
