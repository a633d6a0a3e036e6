#!/usr/bin/python3
"""Independent reference implementation of the event-study statistics (run by hand, not in npm test).

Re-computes, with numpy/scipy/statsmodels and written from the papers rather than from
src/eventstudy, everything `market-reaction event-study --format json` reports: market-model
OLS per event (statsmodels), AR, CAR, BHAR, t_CAR, AAR, CAAR and the nine aggregate tests
(whole window and per day), then compares with the engine's JSON number by number.

    /usr/bin/python3 bench/event_study_reference.py --market sp500.csv \
        --event aapl.csv@2014-04-24 --event aapl.csv@2015-07-22 [--estimation -260,-11] \
        [--window -1,1] [--model market|market-adjusted|mean-adjusted] [--returns simple|log]
        [--sigma dof|n-1] [--pe-adjusted] [--exclude-other-events] [--engine engine.json]

Needs Debian's python3-numpy, python3-scipy, python3-statsmodels, python3-pandas.
Conventions (where the literature offers a choice) follow the README's event-study section;
for Kolari–Pynnönen's r̄ the alternatives (pairwise-complete Pearson by relative day as
EventStudyTools, calendar alignment) are printed alongside. bench/event_study_crosscheck.sh
runs the whole comparison.

References: Brown & Warner (1985) JFE 14; Patell (1976) JAR 14; Boehmer, Musumeci & Poulsen
(1991) JFE 30; Kolari & Pynnönen (2010) RFS 23; Corrado (1989) JFE 23; Campbell & Wasley
(1993); Cowan (1992) RQFA 2; Wilcoxon (1945); Brown & Warner (1980) JFE 8; Lamb (1995) JRI 62;
Corrado & Zivney (1992) JFQA 27; Kolari & Pynnönen (2011) JEF 18 (GRANK); Hall (1992) Ann. Stat. 20,
Lyon, Barber & Tsai (1999) JF 54 (skewness-corrected t).
"""
import argparse
import json
import math
import sys
from collections import OrderedDict

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

PRICE_COLUMNS = ['Adj Close', 'adjclose', 'Close', 'close', 'price', 'value']


def read_prices(path):
    frame = pd.read_csv(path)
    date_column = next(c for c in frame.columns if c.lower() == 'date')
    price_column = next(c for c in PRICE_COLUMNS if c in frame.columns)
    series = pd.Series(pd.to_numeric(frame[price_column], errors='coerce').values,
                       index=pd.to_datetime(frame[date_column]).dt.strftime('%Y-%m-%d'))
    return series.dropna().sort_index()


def aligned_returns(stock_path, market_path, kind):
    """Inner join of the two price series on dates, then returns of each (dated by the later day)."""
    both = pd.concat([read_prices(stock_path), read_prices(market_path)], axis=1, join='inner').dropna()
    both.columns = ['stock', 'market']
    returns = np.log(both / both.shift(1)) if kind == 'log' else both.pct_change()
    return returns.iloc[1:]


def expected_model(model, est, sigma_denominator):
    """Fits the expected-return model on the estimation rows.

    Returns (alpha, beta, r2, sigma, dof, residuals, design) where design(market) gives the regressor
    rows X0 and (X'X)^-1, so that an AR's prediction-error variance is sigma^2 * (1 + x0' (X'X)^-1 x0)
    (design None: nothing estimated, variance sigma^2)."""
    y = est['stock'].values
    m = est['market'].values
    n = len(y)
    if model == 'market':
        X = sm.add_constant(m)
        fit = sm.OLS(y, X).fit()
        resid = np.asarray(fit.resid)
        ssr = float(np.sum(resid ** 2))
        sigma = math.sqrt(ssr / (n - 2)) if sigma_denominator == 'dof' else float(np.std(resid, ddof=1))
        xtx_inv = np.linalg.inv(X.T @ X)
        design = lambda market: (sm.add_constant(market, has_constant='add'), xtx_inv)
        return float(fit.params[0]), float(fit.params[1]), float(fit.rsquared), sigma, n - 2, resid, design
    if model == 'market-adjusted':
        resid = y - m
        # Nothing estimated: C_t = 1.
        return 0.0, 1.0, float('nan'), float(np.std(resid, ddof=1)), n - 1, resid, None
    # mean-adjusted: the mean is an intercept-only regression, C_t = 1 + 1/n.
    mean = float(np.mean(y))
    design = lambda market: (np.ones((len(market), 1)), np.array([[1.0 / n]]))
    return mean, 0.0, float('nan'), float(np.std(y, ddof=1)), n - 1, y - mean, design


def day0_position(returns, event_date):
    """Position of the first return dated on or after the event date (a non-trading day moves forward)."""
    return next((i for i, d in enumerate(returns.index) if d >= event_date), None)


def fit_event(returns, event_date, args, excluded=()):
    """One event; `excluded` are positions left out of the estimation window (other events' windows)."""
    estimation, window = args.estimation_days, args.window_days
    dates = list(returns.index)
    day0 = day0_position(returns, event_date)
    if day0 is None or day0 + window[0] < 0 or day0 + window[1] >= len(dates):
        return None
    e1 = max(0, day0 + estimation[0])
    e2 = min(len(dates) - 1, day0 + estimation[1])
    kept = [i for i in range(e1, e2 + 1) if i not in excluded]
    est = returns.iloc[kept]
    alpha, beta, r2, sigma, d, resid, design = expected_model(args.model, est, args.sigma)
    n = len(resid)
    win = returns.iloc[day0 + window[0]:day0 + window[1] + 1]
    expected = alpha + beta * win['market'].values
    ar = win['stock'].values - expected
    L = len(ar)
    # Prediction-error variance of each AR and of their sum (Patell 1976; BMP 1991), by matrix algebra.
    if design is None:
        c = np.ones(L)
        car_var_factor = float(L)
    else:
        X0, xtx_inv = design(win['market'].values)
        c = 1 + np.einsum('ij,jk,ik->i', X0, xtx_inv, X0)
        ones = np.ones(L)
        car_var_factor = float(ones @ (np.eye(L) + X0 @ xtx_inv @ X0.T) @ ones)
    sar = ar / (sigma * np.sqrt(c))
    car = float(ar.sum())
    growth = (lambda r: np.exp(np.sum(r))) if args.returns == 'log' else (lambda r: np.prod(1 + r))
    bhar = float(growth(win['stock'].values) - growth(expected))
    scar = car / (sigma * math.sqrt(car_var_factor))
    t_car = scar if args.pe_adjusted else car / (sigma * math.sqrt(L))
    # Ranks over estimation + event-window ARs (Corrado 1989), U = K/(T+1) - 1/2.
    all_ar = np.concatenate([resid, ar])
    ranks = stats.rankdata(all_ar)
    u = ranks / (len(all_ar) + 1) - 0.5
    # Corrado & Zivney (1992) signs about the median of the same T_i abnormal returns.
    g = np.sign(all_ar - np.median(all_ar))
    return {
        'c': c, 'g_est': g[:len(resid)], 'g_win': g[len(resid):], 'est_sar': np.asarray(resid) / sigma,
        'event_date': event_date, 'day0_date': dates[day0], 'alpha': alpha, 'beta': beta,
        'sigma': sigma, 'r2': r2, 'n': n, 'dof': d,
        'ar': [float(v) for v in ar], 't_ar': [float(v) for v in (sar if args.pe_adjusted else ar / sigma)],
        'car': car, 'bhar': bhar, 't_car': t_car, 'p_car': float(2 * stats.t.sf(abs(t_car), d)),
        'sar': sar, 'scar': scar,
        'csar_scaled': float(sar.sum() / math.sqrt(L * d / (d - 2))),
        'positive_share': float(np.mean(resid > 0)),
        # Relative estimation day of each residual (position - day0), calendar date of each.
        'est_relative': [i - day0 for i in kept], 'est_dates': list(est.index),
        'resid': np.asarray(resid), 'u_est': u[:len(resid)], 'u_win': u[len(resid):],
    }


def two_sided_t(statistic, df):
    return float(2 * stats.t.sf(abs(statistic), df))


def two_sided_z(statistic):
    return float(2 * stats.norm.sf(abs(statistic)))


def average_correlation(events, by):
    """Mean pairwise Pearson correlation of estimation residuals, aligned by calendar date or relative day.

    Pairs are correlated over the days both have (pandas' pairwise-complete correlation)."""
    columns = {}
    for k, e in enumerate(events):
        index = e['est_dates'] if by == 'calendar' else e['est_relative']
        columns[k] = pd.Series(e['resid'], index=index)
    frame = pd.DataFrame(columns)
    corr = frame.corr(min_periods=3).values
    n = len(events)
    off = corr[~np.eye(n, dtype=bool)]
    return float(np.nanmean(off))


def average_correlation_zero_fill(events, by):
    """r̄ from residuals scaled over each event's own window, days a pair does not share counted as zero.

    Equals the mean pairwise Pearson correlation when all windows are complete (the engine's estimator)."""
    columns = {}
    for k, e in enumerate(events):
        r = e['resid'] - e['resid'].mean()
        index = e['est_dates'] if by == 'calendar' else e['est_relative']
        columns[k] = pd.Series(r / math.sqrt(np.sum(r ** 2)), index=index)
    frame = pd.DataFrame(columns).fillna(0.0)
    gram = frame.values.T @ frame.values
    n = len(events)
    return float(gram[~np.eye(n, dtype=bool)].mean())


def wilcoxon(values):
    """W+ and the two-sided p-value with R's wilcox.test defaults (exact = n < 50, correct = TRUE)."""
    x = np.asarray(values, dtype=float)
    zeros = bool(np.any(x == 0))
    x = x[x != 0]
    n = len(x)
    ranks = stats.rankdata(np.abs(x))
    w_plus = float(ranks[x > 0].sum())
    ties = len(np.unique(np.abs(x))) < n
    if n < 50 and not ties and not zeros:
        # Exact null distribution of W+ by enumerating the 2^n sign patterns (as counts of subset sums),
        # written independently of the engine's recursion.
        counts = np.zeros(n * (n + 1) // 2 + 1)
        counts[0] = 1
        for r in range(1, n + 1):
            shifted = np.zeros_like(counts)
            shifted[r:] = counts[:-r]
            counts = counts + shifted
        total = counts.sum()
        lower = counts[:int(w_plus) + 1].sum() / total
        upper = counts[int(w_plus):].sum() / total
        return w_plus, float(min(1.0, 2 * min(lower, upper)))
    _, tie_counts = np.unique(ranks, return_counts=True)
    var = n * (n + 1) * (2 * n + 1) / 24 - np.sum(tie_counts ** 3 - tie_counts) / 48
    d = w_plus - n * (n + 1) / 4
    return w_plus, two_sided_z((d - 0.5 * np.sign(d)) / math.sqrt(var))


def skewness_corrected_t(values):
    """Hall (1992) as Lyon, Barber & Tsai (1999) write it: t = sqrt(N)(S + g S^2/3 + g^2 S^3/27 + g/(6N)), t(N-1)."""
    x = np.asarray(values, dtype=float)
    N = len(x)
    if N < 3:
        return float('nan'), float('nan')
    sd = float(np.std(x, ddof=1))
    S = float(np.mean(x)) / sd
    g = N / ((N - 1) * (N - 2)) * float(np.sum((x - x.mean()) ** 3)) / sd ** 3
    t = math.sqrt(N) * (S + g * S ** 2 / 3 + g ** 2 * S ** 3 / 27 + g / (6 * N))
    return t, two_sided_t(t, N - 1)


def scaled_sum_test(events, est_key, win_key, days):
    """Corrado & Zivney (1992): Z = sum_{t in days} (sum_i x_it / sqrt(N_t)) / (sqrt(|days|) S),
    S^2 = mean over every estimation and window time point of (sum_i x_it / sqrt(N_t))^2."""
    frame = pd.concat([pd.Series(np.concatenate([e[est_key], e[win_key]]),
                                 index=list(e['est_relative']) + [f'w{d}' for d in range(len(e[win_key]))]) for e in events], axis=1)
    terms = frame.sum(axis=1, skipna=True) / np.sqrt(frame.notna().sum(axis=1))
    S = math.sqrt(float(np.mean(terms.values ** 2)))
    z = float(sum(terms[f'w{d}'] for d in days) / (math.sqrt(len(days)) * S))
    return z, two_sided_z(z)


def grank(events, standardized):
    """Kolari & Pynnönen (2011) GRANK-T: ranks of (estimation SARs, SCAR/sd(SCAR)) per event."""
    v = np.asarray(standardized, dtype=float)
    v = v / np.std(v, ddof=1)
    columns = []
    for e, value in zip(events, v):
        values = np.concatenate([e['est_sar'], [value]])
        u = stats.rankdata(values) / (len(values) + 1) - 0.5
        columns.append(pd.Series(u, index=list(e['est_relative']) + ['event']))
    frame = pd.concat(columns, axis=1)
    N = len(events)
    means = frame.mean(axis=1, skipna=True)
    counts = frame.notna().sum(axis=1)
    T = len(frame)
    S = math.sqrt(float(np.sum(counts / N * means ** 2)) / T)
    z = float(means['event']) / S
    t = z * math.sqrt((T - 2) / (T - 1 - z ** 2))
    return t, two_sided_t(t, T - 2)


def tests_for(values, sars, dofs, mean_value, L, events, est_aar, rank_window, rank_all, r_bar, scaled_patell=None, days=None):
    N = len(values)
    out = OrderedDict()
    t = stats.ttest_1samp(values, 0.0)
    out['cross_sectional_t'] = (float(t.statistic), float(t.pvalue))
    out['skewness_corrected_t'] = skewness_corrected_t(values)
    S80 = math.sqrt(sum(e['sigma'] ** 2 for e in events)) / N
    bw80 = mean_value / (math.sqrt(L) * S80)
    out['brown_warner_1980'] = (bw80, two_sided_t(bw80, np.mean([e['n'] for e in events]) - 1))
    S = float(np.std(est_aar, ddof=1))
    bw = mean_value / (math.sqrt(L) * S)
    out['brown_warner'] = (bw, two_sided_t(bw, len(est_aar) - 1))
    c_bar = np.mean([e['c'] for e in events], axis=0)
    lamb = mean_value / (S * math.sqrt(float(np.sum(c_bar[days]))))
    out['lamb'] = (lamb, two_sided_z(lamb))
    if scaled_patell is None:
        z = float(np.sum(sars) / math.sqrt(np.sum(dofs / (dofs - 2))))
    else:
        z = float(np.sum(scaled_patell) / math.sqrt(N))
    out['patell'] = (z, two_sided_z(z))
    zp = z / math.sqrt(1 + (N - 1) * r_bar)
    out['adjusted_patell'] = (zp, two_sided_z(zp))
    b = stats.ttest_1samp(sars, 0.0)
    out['bmp'] = (float(b.statistic), float(b.pvalue))
    kp = float(b.statistic) * math.sqrt((1 - r_bar) / (1 + (N - 1) * r_bar))
    out['kolari_pynnonen'] = (kp, two_sided_t(kp, N - 1))
    s_u = math.sqrt(np.mean(np.asarray(rank_all) ** 2))
    cr = float(np.sum(rank_window) / (math.sqrt(len(rank_window)) * s_u))
    out['corrado_rank'] = (cr, two_sided_z(cr))
    out['modified_rank'] = scaled_sum_test(events, 'u_est', 'u_win', days)
    out['grank'] = grank(events, sars)
    w = int(np.sum(np.asarray(values) > 0))
    sg = (w - N / 2) / math.sqrt(N / 4)
    out['sign'] = (sg, two_sided_z(sg))
    p_hat = float(np.mean([e['positive_share'] for e in events]))
    gs = (w - N * p_hat) / math.sqrt(N * p_hat * (1 - p_hat))
    out['generalized_sign'] = (gs, two_sided_z(gs))
    out['corrado_sign'] = scaled_sum_test(events, 'g_est', 'g_win', days)
    out['wilcoxon'] = wilcoxon(values)
    return out


def reference(args):
    args.estimation_days = tuple(int(v) for v in args.estimation.split(','))
    args.window_days = window = tuple(int(v) for v in args.window.split(','))
    cache = {}
    specs = [spec.rsplit('@', 1) for spec in args.event]
    for path, _ in specs:
        if path not in cache:
            cache[path] = aligned_returns(path, args.market, args.returns)
    events = []
    for k, (path, date) in enumerate(specs):
        excluded = set()
        if args.exclude_other_events:
            for j, (other_path, other_date) in enumerate(specs):
                other0 = day0_position(cache[path], other_date)
                if j != k and other_path == path and other0 is not None:
                    excluded.update(range(other0 + window[0], other0 + window[1] + 1))
        e = fit_event(cache[path], date, args, excluded)
        if e is not None:
            events.append(e)
    N = len(events)
    L = window[1] - window[0] + 1
    ar = np.array([e['ar'] for e in events])
    sar = np.array([e['sar'] for e in events])
    dofs = np.array([e['dof'] for e in events], dtype=float)
    car = ar.sum(axis=1)
    # Brown-Warner: AAR per relative estimation day, averaged over the events having that day.
    est = pd.concat([pd.Series(e['resid'], index=e['est_relative']) for e in events], axis=1)
    est_aar = est.mean(axis=1, skipna=True).values
    ranks_est = pd.concat([pd.Series(e['u_est'], index=e['est_relative']) for e in events], axis=1).mean(axis=1).values
    rank_win = np.array([e['u_win'] for e in events]).mean(axis=0)
    rank_all = np.concatenate([ranks_est, rank_win])
    r_bar = average_correlation_zero_fill(events, 'relative') if N > 1 else float('nan')
    window_tests = tests_for(car, np.array([e['scar'] for e in events]), dofs, float(car.mean()), L, events,
                             est_aar, rank_win, rank_all, r_bar, scaled_patell=np.array([e['csar_scaled'] for e in events]),
                             days=list(range(L)))
    by_day = []
    for dday in range(L):
        by_day.append({'day': window[0] + dday, 'tests': tests_for(ar[:, dday], sar[:, dday], dofs, float(ar[:, dday].mean()), 1,
                                                                  events, est_aar, [rank_win[dday]], rank_all, r_bar, days=[dday])})
    alt = {
        'r_bar_relative_day': r_bar,
        'r_bar_relative_day_pairwise': average_correlation(events, 'relative') if N > 1 else None,
        'r_bar_calendar_zero_fill': average_correlation_zero_fill(events, 'calendar') if N > 1 else None,
        'r_bar_pairwise_calendar': average_correlation(events, 'calendar') if N > 1 else None,
    }
    return {'events': events, 'aar': ar.mean(axis=0), 'caar': float(car.mean()), 'tests': window_tests,
            'tests_by_day': by_day, 'alt': alt}


def compare(ref, engine):
    """Rows (quantity, max |reference - engine|) over everything both report."""
    diffs = OrderedDict()

    def add(key, a, b):
        if a is None or b is None:
            return
        d = abs(float(a) - float(b))
        if math.isnan(d):
            d = 0.0 if (math.isnan(float(a)) and math.isnan(float(b))) else float('inf')
        diffs[key] = max(diffs.get(key, 0.0), d)

    ok = [e for e in engine['events'] if e['status'] == 'ok']
    if len(ok) != len(ref['events']):
        print(f'event count differs: reference {len(ref["events"])}, engine {len(ok)}', file=sys.stderr)
    for r, e in zip(ref['events'], ok):
        if r['day0_date'] != e['day0_date']:
            print(f'day 0 differs for {r["event_date"]}: reference {r["day0_date"]}, engine {e["day0_date"]}', file=sys.stderr)
        for key in ['alpha', 'beta', 'sigma', 'r2', 'n', 'car', 'bhar', 't_car', 'p_car']:
            add(key, r[key], e[key])
        for k, day in enumerate(e['ar']):
            add('ar', r['ar'][k], day['ar'])
            add('t_ar', r['t_ar'][k], day['t_ar'])
    agg = engine['aggregate']
    for k, day in enumerate(agg['aar']):
        add('aar', ref['aar'][k], day['aar'])
    add('caar', ref['caar'], agg['caar'])
    add('average_correlation', ref['alt']['r_bar_relative_day'], agg.get('average_correlation'))
    for test in agg['tests']:
        s, p = ref['tests'][test['name']]
        add(f'{test["name"]} statistic (window)', s, test['statistic'])
        add(f'{test["name"]} p-value (window)', p, test['p_value'])
    for day_ref, day in zip(ref['tests_by_day'], agg['tests_by_day']):
        for test in day['tests']:
            s, p = day_ref['tests'][test['name']]
            add(f'{test["name"]} statistic (days)', s, test['statistic'])
            add(f'{test["name"]} p-value (days)', p, test['p_value'])
    return diffs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--market', required=True)
    parser.add_argument('--event', action='append', required=True, help='STOCK_FILE@YYYY-MM-DD')
    parser.add_argument('--estimation', default='-260,-11')
    parser.add_argument('--window', default='-1,1')
    parser.add_argument('--sigma', default='dof', choices=['dof', 'n-1'])
    parser.add_argument('--model', default='market', choices=['market', 'market-adjusted', 'mean-adjusted'])
    parser.add_argument('--returns', default='simple', choices=['simple', 'log'])
    parser.add_argument('--pe-adjusted', action='store_true')
    parser.add_argument('--exclude-other-events', action='store_true')
    parser.add_argument('--engine', help='engine JSON (event-study --format json) to compare with')
    parser.add_argument('--dump', help='write the reference tests (window and by day) to this JSON file')
    args = parser.parse_args()
    ref = reference(args)
    if args.dump:
        with open(args.dump, 'w') as f:
            json.dump({'options': {'estimation': args.estimation, 'window': args.window, 'model': args.model, 'sigma': args.sigma},
                       'events': [e['event_date'] for e in ref['events']],
                       'tests': {k: list(v) for k, v in ref['tests'].items()},
                       'tests_by_day': [{'day': d['day'], 'tests': {k: list(v) for k, v in d['tests'].items()}} for d in ref['tests_by_day']]},
                      f, indent=1)
    print(f'{len(ref["events"])} events; CAAR {ref["caar"]:.6g}; r̄ variants: {json.dumps(ref["alt"])}')
    for e in ref['events']:
        print(f'  {e["event_date"]}: alpha {e["alpha"]:.6g} beta {e["beta"]:.6g} sigma {e["sigma"]:.6g} '
              f'n {e["n"]} CAR {e["car"]:.6g} t_CAR {e["t_car"]:.4f}')
    for name, (s, p) in ref['tests'].items():
        print(f'  {name:18s} {s: .6f}  p {p:.6f}')
    if args.engine:
        with open(args.engine) as f:
            engine = json.load(f)
        diffs = compare(ref, engine)
        print('max |reference - engine|:')
        for key, d in diffs.items():
            flag = '' if d < 1e-9 else '   <-- differs'
            print(f'  {key:40s} {d:.3g}{flag}')


if __name__ == '__main__':
    main()
