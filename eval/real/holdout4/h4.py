"""Helpers for eval/real/holdout4: imports ../holdout3's h3 (and through it ../holdout2's h2 and ../holdout's common:
mirrors, verbatim cleaning, label parser, sentence picking, exclusion, near-duplicate guard) and points them at this
set: its own files are left out of the exclusion haystack (holdout3 is now in it), and its excluded.json adds the one
report kept out by hand (the Reuters U.S. closing wrap of 2008-07-22, used in a review)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'holdout3'))
import h3   # noqa: E402
h3.OWN = '/eval/real/holdout4/'   # h3._jsonl_texts skips this set's own files (and now reads holdout3's like any other)
from h3 import (R06, R87, RBA, BARAM_COMMIT, R06_REPO, R87_REPO, RBA_REPO, git, head, clean, r06_raw,  # noqa: E402,F401
                r06_body, r06_allowed, borrow, parse_labels, check, sentences, pick, build_reports_jsonl,
                build_passages_jsonl, known, near_dup)

# The U.S. closing wrap of 2008-07-22 (session date; filed that evening or after midnight) was used in a review.
REVIEWED_DAY = ('20080722', '20080723')

def reviewed_wraps():
    """Paths of every us-markets-stocks / us-markets-usa-stocks file in the 2008-07-22 and -23 folders (a superset of
    that day's closing wrap and its re-filings; kept out of every stratum)."""
    return sorted(f for f in git(R06, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
                  if re.match(r'ReutersNews106521/(%s)/us-markets-(usa-)?stocks-id' % '|'.join(REVIEWED_DAY), f))

def build_exclusion():
    return sorted(set(h3.build_exclusion()) | {(R06_REPO, r06_allowed(p), '') for p in reviewed_wraps()})

def excluded():
    return {tuple(x) for x in json.load(open(os.path.join(HERE, 'excluded.json')))}

if __name__ == '__main__':
    ex = build_exclusion()
    json.dump([list(x) for x in ex], open(os.path.join(HERE, 'excluded.json'), 'w'), indent=0)
    print(len(ex), 'excluded entries;', len(reviewed_wraps()), 'of them 2008-07-22/23 U.S. stock reports (reviewed day)')
