/** Claim check: each stated move beside the real change measured from prices, coloured by verdict. */
import { expectObject } from '../errors';
import { formatPct, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { CHART_COLORS, CHART_SIZE, NAME_MAX_CHARS, SIGNED_AXIS, type ChartSource } from './theme';
import { finite, isoDate, nonEmpty } from './validate';

/** One checked claim. */
export interface CheckedClaim {
  /** What moved, as written (untrusted text: rendered as text only). */
  subject: string;
  /** 'day', 'week', 'month', 'ytd' … */
  period: string;
  /** ISO date the move was checked on. */
  date?: string;
  /** Stated change, percent. */
  statedPct: number;
  /** Real change from prices, percent; omitted when not measured. */
  realPct?: number;
  verdict: 'confirmed' | 'contradicted' | 'not_checkable';
}

/** Input of {@link claimCheckSpec}. */
export interface ClaimCheckInput {
  claims: CheckedClaim[];
  source: ChartSource;
  /** [40] Most claims drawn; the rest are counted in the note. */
  maxClaims?: number;
}

/** Most claims one chart draws by default: beyond that the rows stop being readable. */
export const CLAIM_CHART_MAX = 40;

const VERDICT_LABEL = { confirmed: 'Confirmed', contradicted: 'Contradicted', not_checkable: 'Not checkable' } as const;

/**
 * A dot chart with one row per claim: a hollow ring at the stated change and a filled dot at
 * the real change from prices, joined by a line, coloured by verdict (confirmed, contradicted,
 * not checkable). Claims without a real figure show the stated ring only. At most `maxClaims`
 * rows (default 40) are drawn; the note says how many were left out.
 *
 * @param input the claims (percent) and the source line
 * @returns a vega-lite spec
 * @throws {ValueError} when a figure is not finite or a date is not ISO
 * @example
 * claimCheckSpec({ claims: [{ subject: 'Samsung Electronics', period: 'day', date: '2019-08-20', statedPct: 1.95, realPct: 1.9495, verdict: 'confirmed' }], source: { source: 'Reuters' } }).title
 * // => { text: 'Stated vs real price moves: 1 confirmed, 0 contradicted, 0 not checkable', subtitle: [...] }
 */
export function claimCheckSpec(input: ClaimCheckInput): ChartSpec {
  expectObject(input, 'input', 'claimCheckSpec');
  const fn = 'claimCheckSpec';
  const max = input.maxClaims ?? CLAIM_CHART_MAX;
  const counts = { confirmed: 0, contradicted: 0, not_checkable: 0 };
  const rows = input.claims.map((claim, i) => {
    counts[claim.verdict]++;
    const date = claim.date === undefined ? undefined : isoDate(claim.date, `${fn}: claims[${i}].date`);
    const stated = finite(claim.statedPct, `${fn}: claims[${i}].statedPct`);
    const real = claim.realPct === undefined ? null : finite(claim.realPct, `${fn}: claims[${i}].realPct`);
    const who = shortText(nonEmpty(claim.subject, `${fn}: claims[${i}].subject`), NAME_MAX_CHARS);
    const label = `${i + 1}. ${who} (${shortText(claim.period, 12)}${date ? `, ${date}` : ''})`;
    return {
      order: i,
      label,
      stated,
      real,
      verdict: VERDICT_LABEL[claim.verdict],
      statedText: formatPct(stated),
      realText: real === null ? 'not measured' : formatPct(real),
    };
  });
  const shown = rows.slice(0, max);
  const left = rows.length - shown.length;
  const values = shown.flatMap((r) => [r.stated, ...(r.real === null ? [] : [r.real])]);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const pad = (high - low || 1) * 0.08;
  const y = { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null };
  const x = { type: 'quantitative', scale: { domain: [low - pad, high + pad], nice: false, zero: true } };
  const color = {
    field: 'verdict',
    type: 'nominal',
    scale: { domain: Object.values(VERDICT_LABEL), range: [CHART_COLORS.stock, CHART_COLORS.event, CHART_COLORS.benchmark] },
    legend: { title: null, orient: 'bottom' },
  };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Claim' },
    { field: 'statedText', type: 'nominal', title: 'Stated' },
    { field: 'realText', type: 'nominal', title: 'Real (prices)' },
    { field: 'verdict', type: 'nominal', title: 'Verdict' },
  ];
  const note = left > 0 ? `First ${shown.length} of ${rows.length} claims shown (${left} left out). Ring: stated; dot: real change from prices.` : 'Ring: stated change; dot: real change from prices.';
  return finishSpec(
    {
      width: CHART_SIZE.width,
      height: Math.max(60, 22 * shown.length),
      data: { values: shown },
      layer: [
        { mark: { type: 'rule', color: CHART_COLORS.zero }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          transform: [{ filter: 'datum.real !== null' }],
          mark: { type: 'rule', strokeWidth: 2, opacity: 0.6 },
          encoding: { y, x: { ...x, field: 'stated' }, x2: { field: 'real' }, color, tooltip },
        },
        {
          mark: { type: 'point', shape: 'circle', size: 110, filled: false, strokeWidth: 2 },
          encoding: { y, x: { ...x, field: 'stated', axis: { title: 'Change (%)', ...SIGNED_AXIS } }, color, tooltip },
        },
        {
          transform: [{ filter: 'datum.real !== null' }],
          mark: { type: 'point', shape: 'circle', size: 60, filled: true, opacity: 1 },
          encoding: { y, x: { ...x, field: 'real' }, color, tooltip },
        },
      ],
    },
    `Stated vs real price moves: ${counts.confirmed} confirmed, ${counts.contradicted} contradicted, ${counts.not_checkable} not checkable`,
    input.source,
    note,
  );
}
