#!/usr/bin/env python3
"""Sampling rule for holdout4 reports.jsonl (reads only file names, header lines and lengths; never extractor output).
Written and committed before any item was labelled. It is ../holdout3/sample_reports.py run unchanged (rerun.py)
except for the position of each draw: floor((i + 0.85) * N / q) for every stratum (../holdout used 0.25 with per-year
strata, ../holdout2 0.6 for A and 0.65 for B, ../holdout3 0.3).

A. U.S. closing wraps, 10: ReutersNews106521/200[6-9]*/us-markets-stocks-id* or us-markets-usa-stocks-id*, header
   time >= 16:00 ET (or 00:00-06:00 next day, dated back; weekend -> Friday), body >= 1500 chars, headline without
   'week ahead|outlook|set for|futures|open', first of repeated stories; four years pooled, sorted by path.
B. Other reports, 10, by file-name slug: europe 2 (us-markets-europe-stocks-id*), asia 2
   (us-markets-japan-stocks-id*|us-markets-asia-id*), forex 1, oil 1, bonds 1, metals/grains 1, U.S. intraday 2
   (us-markets-stocks-id*, header time 10:00-15:30 ET on a weekday, same headline filter as A); body >= 1000 chars,
   first of repeated headlines.
A drawn position that is excluded (excluded.json, h4.py: every document of every eval/real jsonl on every branch and
worktree incl. holdout, holdout2 and holdout3, the shared dev set, and the U.S. stock reports of the 2008-07-22/23
folders), already taken, or a near-duplicate (>= 10% of its 60-character windows in a known eval text) moves on to
the next candidate, wrapping from the end of the list to its start.
Output: sample_reports.tsv (python3 sample_reports.py > sample_reports.tsv)."""
from rerun import run
run('sample_reports.py', [('FRAC = 0.3', 'FRAC = 0.85')])
