import { formatPercent } from '../../domain/vi/index.ts';
import { isRate, labelOf, rateFormulas } from '../reports/rates.ts';

/**
 * How the roll-up aggregates and flags the communes' figures (pure, tested without a database).
 *
 * - Total: counts add up; a rate is recomputed from the summed counts it is a share of (the
 *   province's on-time rate is all on-time returns over all returns, not an average of rates);
 *   a rate without such counts has no total.
 * - Average: the mean over the communes that have a value (a missing figure is not a zero).
 * - Outlier ("high"/"low"): a value more than 2 standard deviations (population) from the mean
 *   of the communes that have one, when at least 3 do and they differ. With the population
 *   deviation one commune among n can only reach √(n−1) deviations, so this flags nothing below
 *   6 communes — the floors below still do.
 * - Floor ("low"): a rate under its floor is flagged whatever the others do.
 */
export const OUTLIER_DEVIATIONS = 2;
export const OUTLIER_MIN_COMMUNES = 3;

/**
 * Alert floors for rates. Satisfaction: Nghị quyết 76/NQ-CP (2021) aims at least 90 % by 2025;
 * on-time returns use the same 90 % as an alert. A province that wants others changes them here.
 */
export const RATE_FLOORS: Readonly<Record<string, number>> = {
  'onestop.onTimeRate': 0.9,
  'onestop.satisfaction.positiveRate': 0.9,
};

export const outlierRule = `Đánh dấu bất thường khi giá trị lệch khỏi trung bình của các xã quá ${OUTLIER_DEVIATIONS} độ lệch chuẩn (tính khi có từ ${OUTLIER_MIN_COMMUNES} xã có số liệu), hoặc khi tỷ lệ thấp hơn ngưỡng cảnh báo: ${Object.entries(
  RATE_FLOORS,
)
  .map(([k, v]) => `${labelOf(k).replace(/\s*\(%\)$/, '')} dưới ${formatPercent(v)}`)
  .join('; ')}.`;

export type Mark = 'high' | 'low';

export interface KeyStats {
  key: string;
  total: number | null;
  average: number | null;
  standardDeviation: number | null;
  /** Communes with a value. */
  count: number;
}

/** One commune's full indicators (counts for the rate totals) and the chosen keys' values. */
export interface CommuneFigures {
  id: string;
  indicators: Readonly<Record<string, number>>;
}

export function keyStats(key: string, communes: readonly CommuneFigures[]): KeyStats {
  const values = communes.map((c) => c.indicators[key]).filter((v): v is number => v !== undefined);
  const count = values.length;
  const average = count ? values.reduce((a, b) => a + b, 0) / count : null;
  const standardDeviation =
    average === null ? null : Math.sqrt(values.reduce((s, v) => s + (v - average) ** 2, 0) / count);
  let total: number | null = null;
  const formula = rateFormulas[key];
  if (formula) {
    const sum = (k: string) => communes.reduce((s, c) => s + (c.indicators[k] ?? 0), 0);
    const whole = sum(formula.whole);
    total = whole === 0 ? null : formula.parts.reduce((s, p) => s + sum(p), 0) / whole;
  } else if (!isRate(key) && count) {
    total = values.reduce((a, b) => a + b, 0);
  }
  return { key, total, average, standardDeviation, count };
}

export function markOf(key: string, value: number | undefined, stats: KeyStats): Mark | null {
  if (value === undefined) return null;
  const floor = RATE_FLOORS[key];
  if (floor !== undefined && value < floor) return 'low';
  const { average, standardDeviation: sd, count } = stats;
  if (average === null || sd === null || sd === 0 || count < OUTLIER_MIN_COMMUNES) return null;
  const z = (value - average) / sd;
  if (z > OUTLIER_DEVIATIONS + 1e-9) return 'high';
  if (z < -OUTLIER_DEVIATIONS - 1e-9) return 'low';
  return null;
}
