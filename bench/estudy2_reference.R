#!/usr/bin/env Rscript
# Runs R's estudy2 0.10.0 itself (its R sources, read from a directory you give: this
# repository does not ship them) on events of one stock placed in event time, and writes
# every daily and CAR test statistic with estudy2's significance stars as JSON — the
# reference of tests/eventstudy/estudy2.test.ts (`conventions: 'estudy2'`).
#
#   sh bench/estudy2_reference.sh      # extracts estudy2's R/ from its git mirror, runs this
#
# Each event becomes one "security" whose returns are indexed by a pseudo-date
# (2000-01-01 + 1000 + relative trading day), so estudy2's calendar merge is the
# engine's event-time alignment. An event whose data start inside the estimation
# window has a shorter estimation length, as in estudy2 with a late-listed security.
# Needs Debian's r-base-core, r-cran-zoo, r-cran-matrixstats, r-cran-jsonlite.
suppressMessages({ library(zoo); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
estudy2_dir <- args[1]; stock_file <- args[2]; market_file <- args[3]; out_file <- args[4]
dates <- strsplit(args[5], ",")[[1]]
for (f in c("parametric_tests.R", "nonparametric_tests.R", "car_parametric_tests.R", "car_nonparametric_tests.R", "constants.R", "apply_market_model.R")) {
  source(file.path(estudy2_dir, f))
}
est <- c(-260L, -11L)
read_prices <- function(path) {
  d <- read.csv(path, check.names = FALSE)
  col <- intersect(c("Adj Close", "adjclose", "Close", "close"), names(d))[1]
  date_col <- names(d)[tolower(names(d)) == "date"][1]
  p <- data.frame(date = as.character(as.Date(d[[date_col]])), price = as.numeric(d[[col]]))
  p <- p[!is.na(p$price), ]
  p[order(p$date), ]
}
m <- merge(read_prices(stock_file), read_prices(market_file), by = "date", suffixes = c(".s", ".m"))
n <- nrow(m)
r <- data.frame(date = m$date[-1], y = m$price.s[-1] / m$price.s[-n] - 1, x = m$price.m[-1] / m$price.m[-n] - 1)
origin <- as.Date("2000-01-01") + 1000
pseudo <- function(relative) origin + relative

run <- function(model, window, car_windows) {
  last <- max(window[2], sapply(car_windows, `[`, 2))
  securities <- lapply(dates, function(date) {
    day0 <- which(r$date >= date)[1]
    rows <- max(1, day0 + est[1]):(day0 + last)
    rel <- rows - day0
    returns(rates = zoo(r$y[rows], pseudo(rel)), regressor = zoo(r$x[rows], pseudo(rel)), market_model = model,
            estimation_start = pseudo(est[1]), estimation_end = pseudo(est[2]))
  })
  daily <- list(
    brown_warner_1980 = brown_warner_1980, brown_warner = brown_warner_1985, cross_sectional_t = t_test,
    patell = patell, bmp = boehmer, lamb = lamb, sign = sign_test, generalized_sign = generalized_sign_test,
    corrado_sign = corrado_sign_test, corrado_rank = rank_test, modified_rank = modified_rank_test, wilcoxon = wilcoxon_test)
  days <- list()
  for (name in names(daily)) {
    res <- tryCatch(suppressMessages(daily[[name]](securities, pseudo(window[1]), pseudo(window[2]))), error = function(e) NULL)
    if (is.null(res)) next
    stat_col <- grep("_stat$", names(res), value = TRUE)
    signif_col <- grep("_signif$", names(res), value = TRUE)
    days[[name]] <- list(statistic = res[[stat_col]], significance = as.character(res[[signif_col]]))
  }
  car <- lapply(car_windows, function(w) {
    tests <- list(brown_warner = car_brown_warner_1985, lamb = car_lamb, corrado_rank = car_rank_test)
    out <- list(window = w)
    for (name in names(tests)) {
      res <- tryCatch(suppressMessages(tests[[name]](securities, pseudo(w[1]), pseudo(w[2]))), error = function(e) NULL)
      if (!is.null(res)) out[[name]] <- list(statistic = res$statistic, significance = as.character(res$significance), number_of_days = res$number_of_days)
    }
    out
  })
  list(model = model, window = window, estimation_length = sapply(securities, function(s) s$estimation_length),
       days = days, car = car)
}
models <- c(sim = "market", mrkt_adj = "market-adjusted", mean_adj = "mean-adjusted")
windows <- list(c(-1L, 1L), c(0L, 0L), c(-5L, 5L))
scenarios <- list()
for (model in names(models)) for (w in windows) {
  s <- run(model, w, list(w))
  s$model <- unname(models[model])
  scenarios[[length(scenarios) + 1]] <- s
}
writeLines(toJSON(list(estudy2 = "0.10.0", dates = dates, estimation = est, scenarios = scenarios), digits = I(17), auto_unbox = TRUE, na = "null"), out_file)
