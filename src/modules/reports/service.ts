import { type Ctx, requireRole } from '../../platform/context.ts';
import { listDocuments } from '../documents/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { onestopCounts } from '../onestop/indicators.ts';
import { computeStats } from '../stats/service.ts';
import type { CommuneDetail } from '../units/schema.ts';
import { getCommune } from '../units/service.ts';
import { composeDraft } from './compose.ts';
import type { ReportData } from './data.ts';
import { judgementOf } from './merge.ts';
import type { Genre, ReportDraft } from './model.ts';
import { previousPeriod, type ReportPeriod } from './period.ts';
import { selectPrevious } from './queries.ts';
import { withDerivedRates } from './rates.ts';
import { ReportDraft as ReportDraftSchema } from './schema.ts';

/**
 * Document types that direct the work and that section II lists ("Kế hoạch số 13/KH-UBND ngày …
 * về …"): not the reports, minutes, invitations and slips the register also numbers.
 */
export const directionTypes = new Set(['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'HD', 'CTr', 'KH', 'PA', 'ĐA']);

/** A commune's figures and documents for a period, ready for the composer. */
export async function gatherReportData(
  ctx: Ctx,
  commune: CommuneDetail,
  genre: Genre,
  period: ReportPeriod,
  judgement: Record<string, string[]>,
): Promise<ReportData> {
  const stats = await computeStats(ctx, { id: commune.id }, period);
  const previous = await computeStats(ctx, { id: commune.id }, previousPeriod(period));
  const documents = await listDocuments(ctx, commune.id, {
    from: period.from,
    to: period.to,
    limit: 500,
    offset: 0,
  });
  return {
    genre,
    commune: {
      code: commune.code,
      name: commune.name,
      provinceName: commune.provinceName,
      districtName: commune.districtName,
      demo: commune.demo,
    },
    period,
    indicators: withDerivedRates(stats.indicators),
    previous: previous.indicators,
    onestop: await onestopCounts(ctx.tx, commune.id, period),
    documents: documents.items
      .filter((d) => directionTypes.has(d.type))
      .reverse()
      .map((d) => ({ reference: d.reference, typeName: d.typeLabel, date: d.date, summary: d.summary })),
    judgement,
    date: vnDateTime(ctx.asOf).date,
    signer: await chairman(ctx, commune.id),
  };
}

/** The judgement text of the commune's previous report of the genre (see queries.selectPrevious). */
export async function previousJudgement(
  ctx: Ctx,
  communeId: string,
  genre: Genre,
  period: { key: string; to: string },
  exceptId: string | null = null,
): Promise<Record<string, string[]>> {
  const content = await selectPrevious(ctx.tx, communeId, genre, period, exceptId);
  return content ? judgementOf(ReportDraftSchema.parse(content)) : {};
}

/** Gathers a commune's figures for a period (and the period before) and composes the draft. */
export async function draftReport(
  ctx: Ctx,
  by: { id?: string; code?: string },
  genre: Genre,
  period: ReportPeriod,
): Promise<ReportDraft> {
  requireRole(ctx, 'officer', 'leader', 'province', 'admin');
  const commune = await getCommune(ctx, by);
  const judgement = await previousJudgement(ctx, commune.id, genre, period);
  return composeDraft(await gatherReportData(ctx, commune, genre, period, judgement));
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
