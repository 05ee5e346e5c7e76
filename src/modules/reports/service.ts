import { type Ctx, requireRole } from '../../platform/context.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { onestopCounts } from '../onestop/indicators.ts';
import { computeStats } from '../stats/service.ts';
import { getCommune } from '../units/service.ts';
import { composeDraft } from './compose.ts';
import type { ReportData } from './data.ts';
import type { Genre, ReportDraft } from './model.ts';
import { previousPeriod, type ReportPeriod } from './period.ts';

/** Gathers a commune's figures for a period (and the period before) and composes the draft. */
export async function draftReport(
  ctx: Ctx,
  by: { id?: string; code?: string },
  genre: Genre,
  period: ReportPeriod,
): Promise<ReportDraft> {
  requireRole(ctx, 'officer', 'leader', 'province', 'admin');
  const commune = await getCommune(ctx, by);
  const stats = await computeStats(ctx, { id: commune.id }, period);
  const previous = await computeStats(ctx, { id: commune.id }, previousPeriod(period));
  const data: ReportData = {
    genre,
    commune: {
      code: commune.code,
      name: commune.name,
      provinceName: commune.provinceName,
      districtName: commune.districtName,
      demo: commune.demo,
    },
    period,
    indicators: stats.indicators,
    previous: previous.indicators,
    onestop: await onestopCounts(ctx.tx, commune.id, period),
    documents: [],
    judgement: {},
    date: vnDateTime(ctx.asOf).date,
    signer: await chairman(ctx, commune.id),
  };
  return composeDraft(data);
}

/** The Chairman signs "TM. Ủy ban nhân dân"; without one, a Vice-Chairman signs "KT. Chủ tịch". */
async function chairman(ctx: Ctx, communeId: string): Promise<ReportData['signer']> {
  const leaders = await ctx.tx.query<{ fullName: string; position: string | null }>(
    `select full_name as "fullName", position from users where commune_id = $1 and role = 'leader' and active
     order by (position ilike 'Chủ tịch%') desc, created_at`,
    [communeId],
  );
  const first = leaders[0];
  if (!first) return { authority: 'TM.', title: 'Chủ tịch', name: '' };
  const isChair = /^chủ tịch/i.test(first.position ?? '');
  return isChair
    ? { authority: 'TM.', title: 'Chủ tịch', name: first.fullName }
    : { authority: 'KT.', title: 'Phó Chủ tịch', name: first.fullName };
}
