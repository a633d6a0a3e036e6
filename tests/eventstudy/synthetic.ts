/**
 * Deterministic synthetic returns for the event-study tests, and plain-loop
 * reference computations written independently of src/ (no prefix sums, no
 * shared helpers), so the engine is checked against a second implementation.
 */

/** Park–Miller LCG + Box–Muller: reproducible standard normal draws. */
export function normalDraws(seed: number): () => number {
  let state = seed;
  const uniform = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A panel of `stocks` × `days` returns with a common shock (so residuals correlate across stocks). */
export function syntheticPanel(stocks: number, days: number, seed = 12345) {
  const draw = normalDraws(seed);
  const market = new Float64Array(days);
  const common = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    market[t] = 0.0004 + 0.01 * draw();
    common[t] = 0.004 * draw();
  }
  const returns = new Float64Array(stocks * days);
  for (let s = 0; s < stocks; s++) {
    const alpha = 0.0002 * (s - 2);
    const beta = 0.6 + 0.2 * s;
    const sigma = 0.01 + 0.002 * s;
    for (let t = 0; t < days; t++) returns[s * days + t] = alpha + beta * market[t] + common[t] + sigma * draw();
  }
  return { returns, market, stockCount: stocks, dayCount: days };
}

export const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
export const sd = (v: number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
};

/** Textbook two-pass OLS of y on x with an intercept. */
export function referenceOls(x: number[], y: number[]) {
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
    syy += (y[i] - my) ** 2;
  }
  const beta = sxy / sxx;
  const alpha = my - beta * mx;
  const residuals = y.map((v, i) => v - alpha - beta * x[i]);
  const ssr = residuals.reduce((a, e) => a + e * e, 0);
  return { alpha, beta, residuals, sigma: Math.sqrt(ssr / (n - 2)), r2: 1 - ssr / syy, n, meanX: mx, sxx };
}

/** Average ranks (ties share the mean rank) by brute force: O(n²). */
export function bruteRanks(values: number[]): number[] {
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    return below + (equal + 1) / 2;
  });
}

/** Pearson correlation. */
export function pearson(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}
