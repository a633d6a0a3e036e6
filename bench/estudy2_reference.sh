#!/bin/sh
# Regenerates tests/eventstudy/fixtures/estudy2-aapl.json with R's estudy2 0.10.0 (its R
# sources taken from a local git mirror of github.com/irudnyts/estudy2: set ESTUDY2_GIT to
# that repository; nothing of it is copied into this one). Needs Rscript with zoo,
# matrixStats and jsonlite (Debian r-base-core r-cran-zoo r-cran-matrixstats r-cran-jsonlite).
set -e
cd "$(dirname "$0")/.."
ESTUDY2_GIT=${ESTUDY2_GIT:-/work/.mirror/irudnyts+estudy2/repo}
SRC=$(mktemp -d)
for f in parametric_tests.R nonparametric_tests.R car_parametric_tests.R car_nonparametric_tests.R constants.R apply_market_model.R; do
  git --git-dir="$ESTUDY2_GIT" show "HEAD:R/$f" > "$SRC/$f"
done
git --git-dir="$ESTUDY2_GIT" show HEAD:DESCRIPTION | grep '^Version'
Rscript bench/estudy2_reference.R "$SRC" node_modules/@observablehq/sample-datasets/aapl.csv \
  node_modules/vega-datasets/data/sp500-2000.csv tests/eventstudy/fixtures/estudy2-aapl.json \
  2014-04-24,2015-07-22,2016-04-27,2017-05-03,2018-02-02
rm -r "$SRC"
