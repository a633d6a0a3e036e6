#!/bin/sh
# Cross-checks the event-study engine against the independent Python reference
# (bench/event_study_reference.py) on real prices: AAPL vs S&P 500 (npm packages) and,
# when ../shared/data/real is present, Samsung/SK Hynix vs KOSPI. Run by hand after
# `npm run build` (not part of npm test: needs Debian's python3-scipy, -statsmodels, -pandas).
# Prints, per scenario, the largest |reference − engine| of every reported number.
set -e
cd "$(dirname "$0")/.."
CLI=${CLI:-"node bin/market-reaction.js"}
PY=${PY:-/usr/bin/python3}
OUT=$(mktemp -d)
AAPL=node_modules/@observablehq/sample-datasets/aapl.csv
SP500=node_modules/vega-datasets/data/sp500-2000.csv
REAL=${REAL:-../shared/data/real}

# scenario NAME MARKET "STOCK@DATE ..." [engine/reference options...]
scenario() {
  name=$1 market=$2 events=$3
  shift 3
  stocks='' cli_events='' ref_events=''
  for e in $events; do
    stock=${e%@*} date=${e##*@}
    case " $stocks " in *" $stock "*) ;; *) stocks="$stocks $stock" ;; esac
    base=$(basename "$stock" .csv)
    cli_events="$cli_events --event $base@$date"
    ref_events="$ref_events --event $stock@$date"
  done
  stock_args=''
  for s in $stocks; do stock_args="$stock_args --stock $s"; done
  # shellcheck disable=SC2086
  $CLI event-study $stock_args --market "$market" $cli_events --format json "$@" > "$OUT/$name.json"
  echo "== $name ($*)"
  # shellcheck disable=SC2086
  $PY bench/event_study_reference.py --market "$market" $ref_events --engine "$OUT/$name.json" "$@"
}

AAPL_EVENTS=""
for d in 2014-04-24 2015-07-22 2016-04-27 2017-05-03 2018-02-02; do AAPL_EVENTS="$AAPL_EVENTS $AAPL@$d"; done
scenario aapl "$SP500" "$AAPL_EVENTS"
scenario aapl-sigma "$SP500" "$AAPL_EVENTS" --sigma n-1 --pe-adjusted
scenario aapl-market-adjusted "$SP500" "$AAPL_EVENTS" --model market-adjusted
scenario aapl-mean-adjusted-log "$SP500" "$AAPL_EVENTS" --model mean-adjusted --returns log
scenario aapl-exclude "$SP500" "$AAPL_EVENTS" --exclude-other-events
# 54 events of one firm (1st and 15th of each month, 2014-06 … 2016-08): N ≥ 50 takes the
# normal-approximation paths (Wilcoxon), many overlapping estimation windows.
MANY=""
for y in 2014 2015 2016; do
  for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    case "$y-$m" in 2014-0[1-5] | 2016-09 | 2016-1*) continue ;; esac
    MANY="$MANY $AAPL@$y-$m-01 $AAPL@$y-$m-15"
  done
done
scenario aapl-many "$SP500" "$MANY"
scenario aapl-wide "$SP500" "$AAPL_EVENTS" --estimation=-200,-21 --window=-5,10

if [ -d "$REAL" ]; then
  KR_EVENTS=""
  for d in 2019-07-01 2019-08-20 2020-01-09 2018-10-31; do
    KR_EVENTS="$KR_EVENTS $REAL/samsung_005930_KS_fdr.csv@$d $REAL/skhynix_000660_KS.csv@$d"
  done
  scenario korea "$REAL/kospi_KS11.csv" "$KR_EVENTS"
  scenario korea-sigma "$REAL/kospi_KS11.csv" "$KR_EVENTS" --sigma n-1
  # Event dates on a weekend and on Korean holidays (Chuseok 2019-09-13, Christmas 2018-12-25): day 0 moves to the next trading day.
  scenario korea-non-trading "$REAL/kospi_KS11.csv" "$REAL/samsung_005930_KS_fdr.csv@2019-09-13 $REAL/skhynix_000660_KS.csv@2019-09-14 $REAL/samsung_005930_KS_fdr.csv@2018-12-25" --window=-2,2
  scenario korea-same-day "$REAL/kospi_KS11.csv" "$REAL/samsung_005930_KS_fdr.csv@2019-08-20 $REAL/skhynix_000660_KS.csv@2019-08-20" --window=0,0
  if command -v Rscript > /dev/null; then
    # estudy2's formulas (base R, bench/event_study_estudy2.R) on securities sharing an event date.
    for d in 2019-07-01 2019-08-20 2020-01-09; do
      $CLI event-study --stock "$REAL/samsung_005930_KS_fdr.csv" --stock "$REAL/skhynix_000660_KS.csv" \
        --market "$REAL/kospi_KS11.csv" --event $d --window=-2,2 --conventions estudy2 --format json > "$OUT/estudy2.json"
      echo "== estudy2 formulas, $d"
      Rscript bench/event_study_estudy2.R "$OUT/estudy2.json" "$REAL/kospi_KS11.csv" $d -2,2 -260,-11 \
        "$REAL/samsung_005930_KS_fdr.csv" "$REAL/skhynix_000660_KS.csv"
    done
  fi
else
  echo "($REAL absent: Korean scenarios skipped)"
fi
rm -r "$OUT"
