#!/usr/bin/env Rscript
# estudy2's test formulas written out in base R (from estudy2's documented source:
# R/parametric_tests.R, R/nonparametric_tests.R, R/car_*_tests.R), for a sample of
# securities sharing one event date, compared with the engine's JSON. Run by hand
# (Debian r-base-core + r-cran-jsonlite; no CRAN packages), not part of npm test:
#   node bin/market-reaction.js event-study --stock a.csv --stock b.csv --market m.csv \
#     --event 2019-08-20 --window=-1,1 --conventions estudy2 --format json > engine.json
#   Rscript bench/event_study_estudy2.R engine.json m.csv 2019-08-20 -1,1 -260,-11 a.csv b.csv
# estudy2 uses sd() of the estimation residuals (n - 1) and pools p̂: --conventions estudy2.
# bench/estudy2_reference.R runs estudy2's own R code instead (tests/eventstudy/estudy2.test.ts).
suppressMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
engine <- fromJSON(args[1], simplifyVector = FALSE)
event_date <- args[3]
win <- as.integer(strsplit(args[4], ",")[[1]])
est <- as.integer(strsplit(args[5], ",")[[1]])
stock_files <- args[-(1:5)]

read_prices <- function(path) {
  d <- read.csv(path, check.names = FALSE)
  col <- intersect(c("Adj Close", "adjclose", "Close", "close"), names(d))[1]
  date_col <- names(d)[tolower(names(d)) == "date"][1]
  p <- data.frame(date = as.character(as.Date(d[[date_col]])), price = as.numeric(d[[col]]))
  p[order(p$date) & !is.na(p$price), ]
}
market <- read_prices(args[2])

securities <- lapply(stock_files, function(path) {
  m <- merge(read_prices(path), market, by = "date", suffixes = c(".s", ".m"))
  n <- nrow(m)
  r <- data.frame(date = m$date[-1], y = m$price.s[-1] / m$price.s[-n] - 1, x = m$price.m[-1] / m$price.m[-n] - 1)
  day0 <- which(r$date >= event_date)[1]
  e <- r[max(1, day0 + est[1]):(day0 + est[2]), ]
  w <- r[(day0 + win[1]):(day0 + win[2]), ]
  fit <- lm(y ~ x, data = e)
  resid <- unname(residuals(fit))
  ar <- w$y - (coef(fit)[1] + coef(fit)[2] * w$x)
  s <- sd(resid)
  M <- nrow(e)
  sar <- ar / s / sqrt(1 + 1 / M + (w$x - mean(e$x))^2 / sum((e$x - mean(e$x))^2))
  full <- c(resid, ar)
  k <- rank(full, ties.method = "average")
  list(est_dates = e$date, win_dates = w$date, resid = resid, ar = unname(ar), sar = unname(sar), M = M,
       rank_est = k[seq_along(resid)], rank_win = k[-seq_along(resid)], avg_rank = mean(k), T = length(full))
})
N <- length(securities)
L <- win[2] - win[1] + 1
AR <- sapply(securities, function(s) s$ar); if (L == 1) AR <- matrix(AR, nrow = 1)
SAR <- sapply(securities, function(s) s$sar); if (L == 1) SAR <- matrix(SAR, nrow = 1)
# Calendar-aligned estimation residuals and rank deviations (estudy2 merges zoo series by date).
by_date <- function(field, shift) {
  dates <- sort(unique(unlist(lapply(securities, function(s) s$est_dates))))
  sapply(securities, function(s) { v <- rep(NA_real_, length(dates)); v[match(s$est_dates, dates)] <- s[[field]] - shift(s); v })
}
est_aar <- rowMeans(by_date("resid", function(s) 0), na.rm = TRUE)
rank_dev_est <- rowMeans(by_date("rank_est", function(s) s$avg_rank), na.rm = TRUE)
rank_dev_win <- rowMeans(sapply(securities, function(s) s$rank_win - s$avg_rank), na.rm = TRUE)
if (L == 1) rank_dev_win <- mean(sapply(securities, function(s) s$rank_win - s$avg_rank))
mean_T <- mean(sapply(securities, function(s) s$T))
sd_rank <- sqrt(sum(c(rank_dev_est, rank_dev_win)^2) / mean_T)
p_hat <- mean(unlist(lapply(securities, function(s) s$resid > 0)))
delta <- sapply(securities, function(s) s$M)

days <- lapply(seq_len(L), function(d) {
  a <- AR[d, ]; z <- SAR[d, ]; w <- sum(a > 0)
  wt <- suppressWarnings(wilcox.test(a))
  list(
    cross_sectional_t = mean(a) / sd(a) * sqrt(N),       # t_test
    brown_warner = mean(a) / sd(est_aar),                 # brown_warner_1985
    patell = sum(z) / sqrt(sum((delta - 2) / (delta - 4))),  # patell
    bmp = mean(z) / sd(z) * sqrt(N),                      # boehmer
    corrado_rank = rank_dev_win[d] / sd_rank,             # rank_test
    sign = (w - N * 0.5) / sqrt(N * 0.25),                # sign_test
    # generalized_sign_test of estudy2 0.10.0: p̂ pooled over all estimation ARs, √(N p̂(1 − p̂))
    # (the √(w p̂(1 − p̂)) form was removed upstream in 2015); the engine's default averages
    # p̂ per event (Cowan 1992) — equal here only with --conventions estudy2.
    generalized_sign = (w - N * p_hat) / sqrt(N * p_hat * (1 - p_hat)),
    wilcoxon = unname(wt$statistic), wilcoxon_p = wt$p.value)
})
bw_window <- sum(sapply(days, function(d) d$brown_warner)) / sqrt(L)      # car_brown_warner_1985
rank_window <- sqrt(L) * mean(rank_dev_win) / sd_rank                       # car_rank_test (Cowan 1992)

diffs <- c()
note <- function(key, a, b) diffs[key] <<- max(if (key %in% names(diffs)) diffs[[key]] else 0, abs(a - b))
agg <- engine$aggregate
for (d in seq_len(L)) {
  for (test in agg$tests_by_day[[d]]$tests) {
    ref <- days[[d]][[test$name]]
    if (!is.null(ref)) note(paste(test$name, "(days)"), ref, test$statistic)
    if (test$name == "wilcoxon") note("wilcoxon p-value (days)", days[[d]]$wilcoxon_p, test$p_value)
  }
}
for (test in agg$tests) {
  if (test$name == "brown_warner") note("car_brown_warner_1985 (window)", bw_window, test$statistic)
  if (test$name == "corrado_rank") note("car_rank_test (window)", rank_window, test$statistic)
}
cat(sprintf("%d securities, event %s, window [%d, %d]: max |estudy2 formula - engine|\n", N, event_date, win[1], win[2]))
for (k in names(diffs)) cat(sprintf("  %-34s %.3g\n", k, diffs[[k]]))
