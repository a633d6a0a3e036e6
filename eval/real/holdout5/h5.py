"""Helpers for eval/real/holdout5: imports ../holdout4's h4 (and through it ../holdout3's h3, ../holdout2's h2 and
../holdout's common: mirrors, verbatim cleaning, label parser, sentence picking, exclusion, near-duplicate guard) and
points them at this set: its own files are left out of the exclusion haystack (holdout4 is now in it, like every
other set), and its excluded.json also takes in holdout4's excluded.json (which carries the 2008-07-22 reviewed wrap)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout4'))
import h4   # noqa: E402  (sets h3.OWN to holdout4; reset below)
import h3   # noqa: E402
h3.OWN = '/eval/real/holdout5/'   # h3._jsonl_texts skips this set's own files and reads holdout4's like any other
from h4 import (R06, R87, RBA, BARAM_COMMIT, R06_REPO, R87_REPO, RBA_REPO, git, head, clean, r06_raw,  # noqa: E402,F401
                r06_body, r06_allowed, borrow, parse_labels, check, sentences, pick, build_reports_jsonl,
                build_passages_jsonl, known, near_dup, reviewed_wraps)

def build_exclusion():
    """h4's exclusion (every eval/real jsonl document on every branch and worktree, now holdout4's too, the shared dev
    set, the reviewed 2008-07-22/23 U.S. stock reports) united with holdout4's own excluded.json."""
    h4x = {tuple(x) for x in json.load(open(os.path.join(HERE, '..', 'holdout4', 'excluded.json')))}
    return sorted(set(h4.build_exclusion()) | h4x)

def excluded():
    return {tuple(x) for x in json.load(open(os.path.join(HERE, 'excluded.json')))}

if __name__ == '__main__':
    ex = build_exclusion()
    json.dump([list(x) for x in ex], open(os.path.join(HERE, 'excluded.json'), 'w'), indent=0)
    print(len(ex), 'excluded entries;', len(reviewed_wraps()), 'of them 2008-07-22/23 U.S. stock reports (reviewed day)')
