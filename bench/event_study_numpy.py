"""Vectorised numpy event study, the strongest in-process peer for `npm run bench`.

The same computation and outputs as market-reaction's `eventStudyPanel` (market
model, complete windows): every event's estimation and event windows are gathered
into stacked (events x days) matrices and estimated in one closed-form pass (no
lstsq loop): beta = Sxy/Sxx, alpha, sigma (n - 2), R2, AR, t_AR, CAR, BHAR,
t_CAR and p_CAR, Patell's SAR with the prediction-error factor, BMP's SCAR,
Kolari-Pynnonen's average residual correlation by relative day, Corrado's ranks
(one argsort over all rows, ties averaged as scipy.stats.rankdata) and Cowan's p-hat; then AAR, CAAR and the nine
tests for the window, and (by_day) the same nine for each window day.

Reads the panel written by bench/event-study.bench.mjs (float64 files, events CSV)
and prints one JSON line: median wall and CPU seconds of 5 runs of each variant (window
tests only; window and per-day tests), alternating, and the numbers compared with JS. Usage: event_study_numpy.py DIR STOCKS DAYS
"""
import json
import sys
import time

import numpy as np
from scipy import stats

EST = (-260, -11)
WIN = (-1, 1)


def rank_rows(A):
    """Average ranks (ties averaged, as scipy.stats.rankdata) of each row of A, vectorised.

    scipy 1.10's rankdata(axis=1) loops over the rows in Python (np.apply_along_axis);
    this sorts all rows in one argsort and averages tied runs with cumulative max/min.
    The sorted values come from np.sort, not A[order] (take_along_axis): the same rows,
    measured ≈1.5x faster for this function on 10,000 x 253 (numpy 1.24).
    """
    n, m = A.shape
    order = np.argsort(A, axis=1)
    s = np.sort(A, axis=1)
    new = np.empty((n, m), bool)
    new[:, 0] = True
    np.not_equal(s[:, 1:], s[:, :-1], out=new[:, 1:])
    idx = np.arange(m)
    if new.all():
        average = np.broadcast_to(idx + 1.0, (n, m))  # no ties: rank = sorted position + 1
    else:
        start = np.maximum.accumulate(np.where(new, idx, 0), axis=1)
        last = np.empty((n, m), bool)
        last[:, -1] = True
        last[:, :-1] = new[:, 1:]
        end = np.minimum.accumulate(np.where(last, idx, m)[:, ::-1], axis=1)[:, ::-1]
        average = (start + end) * 0.5 + 1
    ranks = np.empty((n, m))
    np.put_along_axis(ranks, order, average, 1)
    return ranks


def study(returns, market, stock, day, by_day=False):
    M = EST[1] - EST[0] + 1
    L = WIN[1] - WIN[0] + 1
    est = day[:, None] + np.arange(EST[0], EST[1] + 1)
    win = day[:, None] + np.arange(WIN[0], WIN[1] + 1)
    Y = returns[stock[:, None], est]
    X = market[est]
    Yw = returns[stock[:, None], win]
    Xw = market[win]
    xm = X.mean(1, keepdims=True)
    ym = Y.mean(1, keepdims=True)
    dx = X - xm
    sxx = np.einsum("ij,ij->i", dx, dx)
    beta = np.einsum("ij,ij->i", dx, Y - ym) / sxx
    alpha = ym[:, 0] - beta * xm[:, 0]
    E = Y - alpha[:, None] - beta[:, None] * X
    ssr = np.einsum("ij,ij->i", E, E)
    dof = M - 2
    sigma = np.sqrt(ssr / dof)
    syy = ((Y - ym) ** 2).sum(1)
    r2 = 1 - ssr / syy
    expected = alpha[:, None] + beta[:, None] * Xw
    AR = Yw - expected
    t_ar = AR / sigma[:, None]
    car = AR.sum(1)
    bhar = np.prod(1 + Yw, 1) - np.prod(1 + expected, 1)
    t_car = car / (sigma * np.sqrt(L))
    p_car = 2 * stats.t.sf(np.abs(t_car), dof)
    dxw = Xw - xm
    C = 1 + 1 / M + dxw**2 / sxx[:, None]
    SAR = AR / (sigma[:, None] * np.sqrt(C))
    patell_csar = SAR.sum(1) / np.sqrt(L * dof / (dof - 2))
    scar = car / (sigma * np.sqrt(L + L * L / M + dxw.sum(1) ** 2 / sxx))
    positive_share = (E > 0).mean(1)
    # Corrado: ranks of each event's estimation and window ARs together.
    ranks = rank_rows(np.concatenate([E, AR], 1))
    U = ranks / (M + L + 1) - 0.5
    # Kolari-Pynnonen: residuals scaled per event, summed by relative day.
    Ec = E - E.mean(1, keepdims=True)
    u = Ec / np.sqrt(np.einsum("ij,ij->i", Ec, Ec))[:, None]
    col_sum = u.sum(0)
    col_sq = (u * u).sum(0)
    N = len(day)
    rbar = ((col_sum**2 - col_sq).sum()) / (N * (N - 1))

    caar = car.mean()
    est_aar = E.mean(0)
    ubar = np.concatenate([U[:, :M].mean(0), U[:, M:].mean(0)])
    p_hat = positive_share.mean()
    # The window (CAAR = 0): CARs, Patell's CSAR (variance 1 each), BMP's SCAR, the L window days' mean ranks.
    tests = battery(car, L, patell_csar.sum(), N, scar, ubar[M:], ubar, p_hat, est_aar, M, rbar)
    tests_by_day = None
    if by_day:
        # Each window day (AAR_t = 0): ARs, SARs (Patell variance d/(d − 2) each), one day's mean rank.
        patell_var = N * dof / (dof - 2)
        tests_by_day = [battery(AR[:, d], 1, SAR[:, d].sum(), patell_var, SAR[:, d], ubar[M + d : M + d + 1], ubar, p_hat, est_aar, M, rbar) for d in range(L)]
    return {"beta": beta, "car": car, "sigma": sigma, "r2": r2, "bhar": bhar, "t_ar": t_ar, "p_car": p_car, "tests": tests, "tests_by_day": tests_by_day}


def battery(x, days, sar_sum, sar_var, standardized, ubar_tested, ubar, p_hat, est_aar, M, rbar):
    """The nine tests of mean(x) = 0 over `days` event-window days (the window: CARs; a day: ARs)."""
    N = len(x)
    mean = x.mean()
    tests = {}
    t = mean / (x.std(ddof=1) / np.sqrt(N))
    tests["cross_sectional_t"] = (t, 2 * stats.t.sf(abs(t), N - 1))
    t = mean / (np.sqrt(days) * est_aar.std(ddof=1))
    tests["brown_warner"] = (t, 2 * stats.t.sf(abs(t), M - 1))
    z = sar_sum / np.sqrt(sar_var)
    tests["patell"] = (z, 2 * stats.norm.sf(abs(z)))
    t_bmp = standardized.mean() / standardized.std(ddof=1) * np.sqrt(N)
    tests["bmp"] = (t_bmp, 2 * stats.t.sf(abs(t_bmp), N - 1))
    t = t_bmp * np.sqrt((1 - rbar) / (1 + (N - 1) * rbar))
    tests["kolari_pynnonen"] = (t, 2 * stats.t.sf(abs(t), N - 1))
    z = ubar_tested.sum() / (np.sqrt(len(ubar_tested)) * np.sqrt((ubar**2).mean()))
    tests["corrado_rank"] = (z, 2 * stats.norm.sf(abs(z)))
    w = (x > 0).sum()
    z = (w - N / 2) / np.sqrt(N / 4)
    tests["sign"] = (z, 2 * stats.norm.sf(abs(z)))
    z = (w - N * p_hat) / np.sqrt(N * p_hat * (1 - p_hat))
    tests["generalized_sign"] = (z, 2 * stats.norm.sf(abs(z)))
    nz = x[x != 0]
    r = stats.rankdata(np.abs(nz))
    w_plus = r[nz > 0].sum()
    n = len(nz)
    _, counts = np.unique(np.abs(nz), return_counts=True)
    var = n * (n + 1) * (2 * n + 1) / 24 - (counts**3 - counts).sum() / 48
    diff = w_plus - n * (n + 1) / 4
    z = (diff - 0.5 * np.sign(diff)) / np.sqrt(var)
    tests["wilcoxon"] = (w_plus, 2 * stats.norm.sf(abs(z)))
    return tests


def main():
    folder, stocks, days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    returns = np.fromfile(f"{folder}/returns.f64", dtype="<f8").reshape(stocks, days)
    market = np.fromfile(f"{folder}/market.f64", dtype="<f8")
    events = np.loadtxt(f"{folder}/events.csv", delimiter=",", skiprows=1, dtype=np.int64)
    stock, day = events[:, 0], events[:, 1]
    # Warm-up, as the JS side: one full-size run of each variant; then 5 runs of each, alternating.
    study(returns, market, stock, day)
    study(returns, market, stock, day, by_day=True)
    runs = {False: [], True: []}
    out = {}
    for _ in range(5):
        for by_day in (False, True):
            start, cpu = time.perf_counter(), time.process_time()
            out[by_day] = study(returns, market, stock, day, by_day)
            runs[by_day].append((time.perf_counter() - start, time.process_time() - cpu))
    median = lambda rs, k: sorted(r[k] for r in rs)[2]
    as_json = lambda tests: {k: [float(v[0]), float(v[1])] for k, v in tests.items()}
    print(json.dumps({
        "seconds": median(runs[False], 0), "cpu_seconds": median(runs[False], 1), "cpu_runs": [r[1] for r in runs[False]],
        "by_day_seconds": median(runs[True], 0), "by_day_cpu_seconds": median(runs[True], 1), "by_day_cpu_runs": [r[1] for r in runs[True]],
        "events": len(day), "numpy": np.__version__,
        "beta": out[False]["beta"].tolist(), "car": out[False]["car"].tolist(),
        "tests": as_json(out[False]["tests"]),
        "tests_by_day": [as_json(t) for t in out[True]["tests_by_day"]],
    }))


if __name__ == "__main__":
    main()
