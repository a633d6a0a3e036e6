"""The usual Python event study, for `npm run bench`: pandas slicing and a
statsmodels OLS per event (market model, estimation [-260,-11], window [-1,1]).

Reads the panel that bench/event-study.bench.mjs wrote (float64 files, events CSV)
and prints one JSON line: wall and CPU seconds, events, per-event beta and CAR.
Usage: event_study_statsmodels.py DIR STOCKS DAYS EVENTS
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm


def main():
    folder, stocks, days, limit = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    returns = np.fromfile(f"{folder}/returns.f64", dtype="<f8").reshape(stocks, days)
    market = pd.Series(np.fromfile(f"{folder}/market.f64", dtype="<f8"), name="market")
    panel = pd.DataFrame(returns.T)  # days × stocks, as one would load a returns table
    events = pd.read_csv(f"{folder}/events.csv").head(limit)

    start = time.perf_counter()
    cpu_start = time.process_time()
    betas, cars, rows = [], [], []
    for stock, day in events.itertuples(index=False):
        est = slice(day - 260, day - 10)  # iloc end is exclusive: days -260..-11
        y = panel[stock].iloc[est]
        x = sm.add_constant(market.iloc[est])
        fit = sm.OLS(y, x).fit()
        alpha, beta = fit.params["const"], fit.params["market"]
        sigma = np.sqrt(fit.mse_resid)
        window = slice(day - 1, day + 2)
        ar = panel[stock].iloc[window] - (alpha + beta * market.iloc[window])
        car = ar.sum()
        rows.append({"car": car, "t_car": car / (sigma * np.sqrt(len(ar)))})
        betas.append(float(beta))
        cars.append(float(car))
    table = pd.DataFrame(rows)
    caar = table["car"].mean()
    _t_cross = caar / (table["car"].std(ddof=1) / np.sqrt(len(table)))
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "events": len(events), "beta": betas, "car": cars,
                      "pandas": pd.__version__, "statsmodels": statsmodels.__version__}))


if __name__ == "__main__":
    main()
