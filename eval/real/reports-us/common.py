"""Shared helpers for the reports-us labelling tools: read a report from the mirror, verbatim body text."""
import html, re, subprocess
REPO = '/work/.mirror/duynht+financial-news-dataset/repo'
SRC_REPO = 'duynht/financial-news-dataset'

def head_commit():
    return subprocess.run(['git', '-C', REPO, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()

def sample():
    rows = [l.rstrip('\n').split('\t') for l in open(__file__.rsplit('/', 1)[0] + '/sample.tsv') if l.strip()]
    return {f'rus-{i + 1:03d}': dict(published=r[0], type=r[1], path=r[2], headline=r[3], dateline=r[4]) for i, r in enumerate(rows)}

def body(path):
    """Body without the corpus header lines ('-- headline', '-- By', '-- date', '-- url'): entities decoded,
    tags (incl. Reuters '<ID:nN...>' cross-references) removed, whitespace collapsed."""
    raw = subprocess.run(['git', '-C', REPO, 'show', 'HEAD:' + path], capture_output=True, text=True).stdout
    lines = [l for l in raw.split('\n') if not l.startswith('-- ')]
    t = html.unescape(' '.join(lines))
    t = re.sub(r'<[^>]+>', ' ', t)
    return ' '.join(t.split())
