import type { IndicatorProvider } from '../stats/indicators.ts';
import { listOfficials, ratingYear } from './service.ts';
import { staffTable } from './staff-table.ts';

/**
 * `staff.*`: officials in post at the end of the period; `staff.byDegree.*` and `staff.rating.*`
 * (the latest rating round up to the period's last year, `notRated` for those without) each add up to
 * `staff.total`. Extensions: `staff.cadres`, `staff.civilServants`, `staff.partTime`.
 */
export const officialIndicators: IndicatorProvider = async (ctx, communeId, p) => {
  const roster = await listOfficials(ctx, communeId, { includeLeft: true });
  const table = staffTable(roster, p.to, await ratingYear(ctx, communeId, p.to));
  const out: Record<string, number> = { 'staff.total': table.total };
  const byCategory = Object.fromEntries(table.byCategory.map((r) => [r.key, r.count]));
  out['staff.cadres'] = byCategory.cadre ?? 0;
  out['staff.civilServants'] = byCategory.civilServant ?? 0;
  out['staff.partTime'] = byCategory.partTime ?? 0;
  for (const r of table.byDegree) out[`staff.byDegree.${r.key}`] = r.count;
  for (const r of table.byRating) out[`staff.rating.${r.key}`] = r.count;
  return out;
};
