/** Types of the relative-move functions. Units are in the names: Pct = percent, Pp = percentage points. */

/** The abnormal return for one assumed beta. */
export interface BetaSensitivityRow {
  /** Assumed market beta (dimensionless). */
  beta: number;
  /** AR = r − α − β·r_m, in percent. */
  abnormalPct: number;
}

/** Options of {@link betaSensitivity}: the grid of betas and the alpha. */
export interface BetaSensitivityOptions {
  /** [from=0.5] First beta. */
  from?: number;
  /** [to=1.5] Last beta (inclusive). */
  to?: number;
  /** [step=0.1] Step between betas (> 0). */
  step?: number;
  /** [alphaPct=0] Expected return unrelated to the market over the period, in percent. */
  alphaPct?: number;
}
