/** What each aggregate test computes in the default and estudy2 conventions, with its reference. */

/** One row of the conventions table (README, report). */
export interface TestConvention {
  name: string;
  /** Human label, e.g. "Patell Z". */
  label: string;
  /** Statistic and distribution in the default convention (day; window). */
  default: string;
  /** What `conventions: 'estudy2'` changes, as estudy2 0.10.0 computes it. */
  estudy2: string;
  reference: string;
}

/** Every test of the battery, in report order. */
export const TEST_CONVENTIONS: TestConvention[] = [
  { name: 'cross_sectional_t', label: 'Cross-sectional t', default: 'mean/(sd/√N) of AR (day) or CAR (window); t, N − 1', estudy2: 'same (`t_test`, df N − 1); no CAR version in estudy2', reference: 'Brown & Warner 1985' },
  { name: 'skewness_corrected_t', label: 'Skewness-corrected t', default: '√N(S + γS²/3 + γ²S³/27 + γ/(6N)), S = mean/sd, γ sample skewness; t, N − 1', estudy2: 'not in estudy2 (default formula)', reference: 'Hall 1992; Lyon, Barber & Tsai 1999' },
  { name: 'brown_warner_1980', label: 'Brown–Warner 1980', default: 'AAR/S or CAAR/(√L·S), S = √(Σσᵢ²)/N; t, mean Tᵢ − 1', estudy2: 'same (`brown_warner_1980`, σ by sd()); no CAR version in estudy2', reference: 'Brown & Warner 1980' },
  { name: 'brown_warner', label: 'Brown–Warner 1985', default: 'AAR/S or CAAR/(√L·S), S = sd of the estimation AAR series; t, M − 1', estudy2: 'day t(mean Tᵢ − 1) (`brown_warner_1985`); window Σ daily stats/√L over days with > 90% of events, N(0,1) (`car_brown_warner_1985`)', reference: 'Brown & Warner 1985' },
  { name: 'lamb', label: 'Lamb', default: 'AAR/(S·√C̄ₜ), C̄ₜ the events’ mean prediction-error factor; window CAAR/(S·√ΣC̄ₜ); N(0,1)', estudy2: 'Cₜ from the first event’s market with 1/mean Tᵢ (`lamb`); window Σ daily stats/√L, > 90% coverage (`car_lamb`); market model only', reference: 'Lamb 1995' },
  { name: 'patell', label: 'Patell Z', default: 'ΣSAR/√Σ dᵢ/(dᵢ−2); window (1/√N) Σ CSARᵢ/√(L·dᵢ/(dᵢ−2)); N(0,1)', estudy2: 'same (`patell`, σ by sd()); no CAR version in estudy2; market model only', reference: 'Patell 1976' },
  { name: 'adjusted_patell', label: 'Adjusted Patell Z', default: 'Patell Z · √(1/(1 + (N − 1)r̄)); N(0,1)', estudy2: 'not in estudy2 (default formula)', reference: 'Kolari & Pynnönen 2010' },
  { name: 'bmp', label: 'BMP (standardized cross-sectional) t', default: 'mean/sd·√N of SAR (day) or SCAR (window); t, N − 1', estudy2: 'same (`boehmer`); no CAR version in estudy2; market model only', reference: 'Boehmer, Musumeci & Poulsen 1991' },
  { name: 'kolari_pynnonen', label: 'Kolari–Pynnönen adjusted BMP t', default: 't_BMP·√((1 − r̄)/(1 + (N − 1)r̄)); t, N − 1', estudy2: 'not in estudy2 (default formula)', reference: 'Kolari & Pynnönen 2010' },
  { name: 'corrado_rank', label: 'Corrado rank', default: 'Ūₜ/S_U, U = K/(Tᵢ+1) − ½, S_U² = mean of Ūₜ² over all days; window ΣŪₜ/(√L·S_U); N(0,1)', estudy2: 'raw ranks K − (Tᵢ+1)/2, N/Nₜ inflation, mean Tᵢ (`rank_test`); window `car_rank_test`, > 90% coverage', reference: 'Corrado 1989; Campbell & Wasley 1993' },
  { name: 'modified_rank', label: 'Modified (standardized) rank', default: 'ΣUᵢₜ/√Nₜ over S, S² = (1/T)Σₜ(ΣUᵢₜ)²/Nₜ, T = days with data; window Σ/√L; N(0,1)', estudy2: 'N/Nₜ inflation and T = mean Tᵢ (`modified_rank_test`); no CAR version in estudy2', reference: 'Corrado & Zivney 1992; Kolari & Pynnönen 2011' },
  { name: 'grank', label: 'Generalized rank (GRANK) t', default: 'ranks of estimation SARs and SCAR/sd(SCAR); Z = Ū₀/S_Ū, t = Z√((T−2)/(T−1−Z²)); t, T − 2', estudy2: 'not in estudy2 (default formula)', reference: 'Kolari & Pynnönen 2011' },
  { name: 'sign', label: 'Sign', default: '(w − N/2)/√(N/4); N(0,1)', estudy2: 'same (`sign_test`)', reference: 'Brown & Warner 1980' },
  { name: 'generalized_sign', label: 'Generalized sign', default: '(w − Np̂)/√(Np̂(1 − p̂)), p̂ the mean of the events’ estimation shares of positive ARs; N(0,1)', estudy2: 'p̂ pooled over all estimation ARs (`generalized_sign_test`)', reference: 'Cowan 1992' },
  { name: 'corrado_sign', label: 'Corrado–Zivney sign', default: 'ΣGᵢₜ/√Nₜ over S, G = sign(AR − median), S² = (1/T)Σₜ(ΣGᵢₜ)²/Nₜ; window Σ/√L; N(0,1)', estudy2: 'N/Nₜ inflation and T = mean Tᵢ (`corrado_sign_test`)', reference: 'Corrado & Zivney 1992' },
  { name: 'wilcoxon', label: 'Wilcoxon signed rank', default: 'W⁺; exact (N < 50, no ties or zeros) else normal with continuity correction (R wilcox.test)', estudy2: 'same statistic (`wilcoxon_test`)', reference: 'Wilcoxon 1945' },
];

/**
 * The conventions row of a test, by name.
 *
 * @example
 * testConvention('grank')?.reference; // => 'Kolari & Pynnönen 2011'
 */
export function testConvention(name: string): TestConvention | undefined {
  return TEST_CONVENTIONS.find((c) => c.name === name);
}
