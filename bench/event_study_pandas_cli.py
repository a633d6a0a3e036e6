"""The usual Python event-study script, whole process, for `npm run bench`: the peer of
`market-reaction event-study --stock S --market M --events E --format json`.

pandas reads the two price CSVs (Adj Close / adjclose) and the events file, joins the
prices on common dates, takes simple returns; then for each event a statsmodels OLS of
the market model on the estimation window [-260, -11] and the abnormal returns over
[-1, +1] (AR, t_AR, CAR, t_CAR, p_CAR), written as JSON with the cross-sectional t
test. Usage: event_study_pandas_cli.py STOCK.csv MARKET.csv EVENTS.csv OUT.json
"""
import json
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats


def prices(path):
    frame = pd.read_csv(path, parse_dates=[0], index_col=0)
    column = "Adj Close" if "Adj Close" in frame else "adjclose"
    return frame[column]


def main():
    stock_file, market_file, events_file, out_file = sys.argv[1:5]
    joined = pd.concat([prices(stock_file).rename("y"), prices(market_file).rename("x")], axis=1, join="inner").sort_index()
    returns = joined.pct_change().dropna()
    dates = returns.index
    events = pd.read_csv(events_file, parse_dates=["date"])
    out = []
    for row in events.itertuples(index=False):
        day0 = dates.searchsorted(row.date)
        if day0 - 260 < 0 or day0 + 1 >= len(dates):
            out.append({"id": row.id, "status": "missing_data"})
            continue
        est = returns.iloc[day0 - 260 : day0 - 10]
        fit = sm.OLS(est["y"], sm.add_constant(est["x"])).fit()
        alpha, beta = fit.params["const"], fit.params["x"]
        sigma = np.sqrt(fit.mse_resid)
        window = returns.iloc[day0 - 1 : day0 + 2]
        ar = window["y"] - (alpha + beta * window["x"])
        car = ar.sum()
        t_car = car / (sigma * np.sqrt(len(ar)))
        out.append({
            "id": row.id, "event_date": str(row.date.date()), "status": "ok", "alpha": alpha, "beta": beta, "sigma": sigma,
            "r2": fit.rsquared, "n": int(fit.nobs),
            "ar": [{"day": d, "date": str(t.date()), "ar": a, "t_ar": a / sigma} for d, (t, a) in zip(range(-1, 2), ar.items())],
            "car": car, "t_car": t_car, "p_car": 2 * stats.t.sf(abs(t_car), fit.df_resid),
        })
    cars = pd.Series([e["car"] for e in out if e["status"] == "ok"])
    t = cars.mean() / (cars.std(ddof=1) / np.sqrt(len(cars)))
    with open(out_file, "w") as f:
        json.dump({"events": out, "aggregate": {"caar": cars.mean(), "cross_sectional_t": t}}, f)


if __name__ == "__main__":
    main()
