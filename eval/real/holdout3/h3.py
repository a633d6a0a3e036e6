"""Helpers for eval/real/holdout3: imports ../holdout2's h2 (and through it ../holdout's common: mirrors, verbatim
cleaning, label parser, sentence picking) and adds this set's exclusion list (documents of every eval/real jsonl on
every local branch and worktree, holdout and holdout2 included) and the same 60-character near-duplicate guard."""
import glob, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout2'))
import h2   # noqa: E402
from h2 import (R06, R87, RBA, BARAM_COMMIT, R06_REPO, R87_REPO, RBA_REPO, git, head, clean, r06_raw,  # noqa: E402,F401
                r06_body, r06_allowed, borrow, parse_labels, check, sentences, pick, build_reports_jsonl, build_passages_jsonl)
MAIN = '/work/main'
OWN = '/eval/real/holdout3/'

def _jsonl_texts():
    """(branch-or-file, jsonl text) of every eval/real/**/*.jsonl on every local branch and in every worktree
    (read only) except this set's own files, plus the shared dev set."""
    out = [('shared-dev', open('/work/shared/eval/extraction-dev/passages.jsonl').read())]
    refs = subprocess.run(['git', '-C', MAIN, 'for-each-ref', '--format=%(refname:short)', 'refs/heads'],
                          capture_output=True, text=True).stdout.split()
    for r in refs:
        for f in subprocess.run(['git', '-C', MAIN, 'ls-tree', '-r', '--name-only', r, '--', 'eval/real'],
                                capture_output=True, text=True).stdout.split():
            if f.endswith('.jsonl') and OWN not in '/' + f:
                out.append((f'{r}:{f}', git(MAIN, 'show', f'{r}:{f}')))
    for f in glob.glob('/work/wt/*/eval/real/**/*.jsonl', recursive=True) + glob.glob(MAIN + '/eval/real/**/*.jsonl', recursive=True):
        if OWN not in f:
            out.append((f, open(f, encoding='utf-8', errors='replace').read()))
    return out

def build_exclusion():
    return h2.exclusion_from(_jsonl_texts())

def excluded():
    return {tuple(x) for x in json.load(open(os.path.join(HERE, 'excluded.json')))}

_KNOWN = None
def known_text():
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = h2.joined_texts(_jsonl_texts())
    return _KNOWN

def known(p):
    """Near-duplicate guard of ../holdout: any 60-character window (step 20) shared with a known eval text."""
    k = known_text()
    return any(p[i:i + 60] in k for i in range(0, max(1, len(p) - 59), 20))

def near_dup(body):
    """A report is a near-duplicate when >= 10% of its 60-character windows (step 20) occur in a known eval text."""
    k = known_text(); w = range(0, max(1, len(body) - 59), 20)
    return sum(body[i:i + 60] in k for i in w) >= 0.10 * len(w)

if __name__ == '__main__':
    ex = build_exclusion()
    json.dump([list(x) for x in ex], open(os.path.join(HERE, 'excluded.json'), 'w'), indent=0)
    print(len(ex), 'excluded entries')
