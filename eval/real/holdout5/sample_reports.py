#!/usr/bin/env python3
"""Sampling rule for holdout5 reports.jsonl (reads only file names, header lines and lengths; never extractor output).
Written and committed before any item was labelled. It is ../holdout3/sample_reports.py run unchanged (rerun.py)
except for the position of each draw: floor((i + 0.55) * N / q) for every stratum (../holdout used 0.25 with per-year
strata, ../holdout2 0.6 for A and 0.65 for B, ../holdout3 0.3, ../holdout4 0.85).

A. U.S. closing wraps, 10: ReutersNews106521/200[6-9]*/us-markets-stocks-id* or us-markets-usa-stocks-id*, header
   time >= 16:00 ET (or 00:00-06:00 next day, dated back; weekend -> Friday), body >= 1500 chars, headline without
   'week ahead|outlook|set for|futures|open', first of repeated stories; four years pooled, sorted by path.
B. Other reports, 10, by file-name slug: europe 1 (us-markets-europe-stocks-id*|us-markets-britain-stocks-id*),
   global 1 (us-markets-global-id*: cross-market wraps, mostly Europe/U.S. or Asia), asia 2
   (us-markets-japan-stocks-id*|us-markets-asia-id*), forex 1, oil 1, bonds 1, metals/grains 1, U.S. intraday 2
   (us-markets-stocks-id*, header time 10:00-15:30 ET on a weekday, same headline filter as A); body >= 1000 chars,
   first of repeated headlines.
A drawn position that is excluded (excluded.json, h5.py: every document of every eval/real jsonl on every branch and
worktree incl. holdout … holdout4, holdout4's excluded.json, the shared dev set, and the U.S. stock reports of the
2008-07-22/23 folders), already taken, or a near-duplicate (>= 10% of its 60-character windows in a known eval text)
moves on to the next candidate, wrapping from the end of the list to its start.
Amendment (before any draw was kept): the Europe stratum of ../holdout2-4 (us-markets-europe-stocks-id*, 10 files)
is exhausted: all 10 are documents of earlier sets. It is widened to the London reports (us-markets-britain-stocks-id*,
3 files, 2 already used) for 1 draw, and the second Europe draw is replaced by 1 draw from us-markets-global-id*
(406 files, none used so far). One textual substitution of holdout3's STRATA list; everything else unchanged.
Output: sample_reports.tsv (python3 sample_reports.py > sample_reports.tsv)."""
from rerun import run
run('sample_reports.py', [('FRAC = 0.3', 'FRAC = 0.55'),
                          ("STRATA = [('europe', r'us-markets-europe-stocks-id', 2),",
                           "STRATA = [('europe', r'us-markets-(europe|britain)-stocks-id', 1), ('global', r'us-markets-global-id', 1),")])
