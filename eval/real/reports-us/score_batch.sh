#!/bin/sh
# Score one batch (ids FROM..TO, e.g. 1 10) with the extractor of this worktree; writes scores/batchN.txt.
# usage: sh eval/real/reports-us/score_batch.sh N FROM TO   (run from the worktree root)
set -e
d=eval/real/reports-us
python3 -c "
import json,sys
for l in open('$d/reports.jsonl'):
    r=json.loads(l)
    if $2 <= int(r['id'][4:]) <= $3: print(l, end='')
" > /tmp/rus-batch$1.jsonl
node bin/market-reaction.js facts --jsonl /tmp/rus-batch$1.jsonl --out /tmp/rus-batch$1-pred.jsonl
{ echo "extractor at $(git rev-parse --short HEAD) (src/ untouched since the branch point $(git merge-base HEAD main | cut -c1-7)), batch $1 = rus-$(printf %03d $2)..rus-$(printf %03d $3)"; node ../shared/eval/score-extraction.mjs /tmp/rus-batch$1.jsonl /tmp/rus-batch$1-pred.jsonl; } > $d/scores/batch$1.txt
cat $d/scores/batch$1.txt
