#!/usr/bin/env python3
"""Sampling rule for holdout5 passages.jsonl (reads only the corpora; never extractor output). Written and committed
before any item was labelled. It is ../holdout3/sample_passages.py run unchanged (rerun.py) except for the visiting
positions, documents at (6 * k) // 10 + j * k of the sorted candidate list (k = len // 330, len // 1300 for the rare
Reuters-21578 conversions; ../holdout3 used (3 * k) // 10, ../holdout4 (8 * k) // 10, ../holdout2 k // 2 with
k = len // 350, ../holdout fixed offsets), and the id prefix h5p-. Strata and quotas as ../holdout3:

  moves-06     ReutersNews106521/200[6-9]*, not us-markets-*/us-column-*: sentence with "percent" and share/stock   30
  money-06     same files (unused): sentence with a $/euro/yen/pound amount and no percent                          11
  conv-87      Reuters-21578: sentence with "dlrs" and a non-dollar currency word                                   6
  korea-money  Baram @84edb470 English files (publishers 001/044/640/009): sentence with "won" and "$"/dollar       3
  neg-87       Reuters-21578 (unused): sentence with a digit, no percent, no currency word, > 60 chars             5
  neg-econ     ReutersNews106521 us-usa-economy*: sentence with "percent"                                           5
Excluded: documents in excluded.json (h5.py) and passages sharing a 60-character window with any known eval text
(holdout4 included). Output: sample_passages.json.
Amendment (before any passage was labelled): korea-money is exhausted — k = 1, all 248 candidates visited, 3 passages
left after the exclusion (earlier sets took the rest) and the near-duplicate guard (3 dropped) — so its 3 missing
passages are taken by money-06 (quota 8 -> 11: the same visit continued, its first 8 draws unchanged); still
20 money/conversion passages."""
from rerun import run
run('sample_passages.py', [('(3 * k) // 10 + j * k < len(cands)', '(6 * k) // 10 + j * k < len(cands)'),
                           ('c = cands[(3 * k) // 10 + j * k]', 'c = cands[(6 * k) // 10 + j * k]'),
                           ("id=f'h3p-{i + 1:03d}'", "id=f'h5p-{i + 1:03d}'"),
                           ("used06], 8, r06_body", "used06], 11, r06_body")])
