import type { Ctx } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { periodOf } from '../reports/drafts.ts';
import { genreTitles } from '../reports/model.ts';
import { isRate, labelOf, withDerivedRates } from '../reports/rates.ts';
import { computeStats } from '../stats/service.ts';
import { type CommuneFigures, keyStats, markOf, outlierRule } from './rules.ts';
import { Rollup, type RollupFilter, type RollupRow } from './schema.ts';
import { intakeFigures, recordingCommunes } from './sources.ts';

/**
 * The province's view: tenancy first (a reviewer of another province, or commune staff of
 * another province: 404), then the role (commune staff of this province: 403).
 */
async function requireProvinceReader(ctx: Ctx, provinceId: string) {
  const [province] = await ctx.tx.query<{ id: string; code: string; name: string }>(
    'select id, code, name from provinces where id = $1',
    [provinceId],
  );
  if (!province) throw notFound('Tỉnh');
  if (ctx.kind === 'system' || ctx.actor?.role === 'admin') return province;
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  if (actor.role === 'province') {
    if (actor.provinceId !== provinceId) throw notFound('Tỉnh');
    return province;
  }
  const [own] = await ctx.tx.query<{ provinceId: string }>(
    'select province_id as "provinceId" from communes where id = $1',
    [actor.communeId],
  );
  if (own?.provinceId !== provinceId) throw notFound('Tỉnh');
  throw forbidden('Bảng tổng hợp các xã chỉ dành cho cán bộ cấp tỉnh (Sở Nội vụ).');
}

export interface RollupData extends Rollup {
  /** Every indicator of each commune, by commune id (for the summary report's sentences). */
  full: Map<string, Record<string, number>>;
}

/** All communes of a province × the chosen indicators for a period, with totals, averages and outliers. */
export async function provinceRollup(ctx: Ctx, provinceId: string, query: RollupFilter): Promise<RollupData> {
  const province = await requireProvinceReader(ctx, provinceId);
  const period = periodOf(query);
  const communes = await ctx.tx.query<{ id: string; code: string; name: string }>(
    'select id, code, name from communes where province_id = $1 order by name, code',
    [provinceId],
  );
  const ids = communes.map((c) => c.id);
  const recording = await recordingCommunes(ctx, ids);
  const fromIntake = await intakeFigures(ctx, ids, period);
  const reports = await ctx.tx.query<{
    communeId: string;
    id: string;
    status: 'draft' | 'final';
    version: number;
    reference: string | null;
  }>(
    // Per commune: the latest issued report of the genre and period, else its latest draft.
    `select distinct on (commune_id) commune_id as "communeId", id, status, version, reference from reports
     where commune_id = any($1::uuid[]) and genre = $2 and period_from = $3 and period_to = $4
     order by commune_id, (status = 'final') desc, version desc`,
    [ids, query.genre, period.from, period.to],
  );
  const reportOf = new Map(reports.map((r) => [r.communeId, r]));

  const full = new Map<string, Record<string, number>>();
  const sources = new Map<string, RollupRow['source']>();
  for (const c of communes) {
    if (recording.has(c.id)) {
      const stats = await computeStats(ctx, { id: c.id }, period);
      full.set(c.id, withDerivedRates(stats.indicators));
      sources.set(c.id, 'data');
    } else if (fromIntake.has(c.id)) {
      full.set(c.id, withDerivedRates(fromIntake.get(c.id) as Record<string, number>));
      sources.set(c.id, 'intake');
    } else {
      full.set(c.id, {});
      sources.set(c.id, 'none');
    }
  }
  const figures: CommuneFigures[] = communes.map((c) => ({ id: c.id, indicators: full.get(c.id) ?? {} }));
  const stats = new Map(query.keys.map((k) => [k, keyStats(k, figures)]));

  const rows: RollupRow[] = communes.map((c) => {
    const ind = full.get(c.id) ?? {};
    const values: Record<string, number | null> = {};
    const marks: RollupRow['marks'] = {};
    for (const key of query.keys) {
      values[key] = ind[key] ?? null;
      const mark = markOf(key, ind[key], stats.get(key) as ReturnType<typeof keyStats>);
      if (mark) marks[key] = mark;
    }
    const report = reportOf.get(c.id);
    return {
      commune: c,
      source: sources.get(c.id) ?? 'none',
      values,
      marks,
      report: report
        ? { id: report.id, status: report.status, version: report.version, reference: report.reference }
        : null,
      finalised: report?.status === 'final',
    };
  });
  if (query.sort) {
    const key = query.sort;
    const sign = query.order === 'asc' ? 1 : -1;
    // Communes without the figure go last whichever the order.
    rows.sort((a, b) => {
      const x = a.values[key] ?? full.get(a.commune.id)?.[key];
      const y = b.values[key] ?? full.get(b.commune.id)?.[key];
      if (x === undefined || x === null) return y === undefined || y === null ? 0 : 1;
      if (y === undefined || y === null) return -1;
      return sign * (x - y);
    });
  }

  return {
    province,
    period: { key: period.key, from: period.from, to: period.to, label: period.label },
    genre: query.genre,
    indicators: query.keys.map((key) => ({
      ...(stats.get(key) as ReturnType<typeof keyStats>),
      label: labelOf(key),
      rate: isRate(key),
    })),
    rows,
    notFinalised: rows.filter((r) => !r.finalised).map((r) => r.commune),
    outlierRule,
    full,
  };
}

/** The roll-up as the API answers it (without the internal per-commune indicators). */
export async function getRollup(ctx: Ctx, provinceId: string, query: RollupFilter): Promise<Rollup> {
  const { full: _, ...rollup } = await provinceRollup(ctx, provinceId, query);
  return Rollup.parse(rollup);
}

/** "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025" for the summary. */
export const genreSummary = (genre: keyof typeof genreTitles, label: string) =>
  `${genreTitles[genre]} ${label}`;
