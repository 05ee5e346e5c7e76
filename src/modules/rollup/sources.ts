import type { Ctx } from '../../platform/context.ts';
import { savedFigures } from '../intake/service.ts';
import type { Period } from '../stats/indicators.ts';

/**
 * Figures for communes that do not record their work in Dân Vận, keyed by commune id: those of
 * the report of each commune read and saved through intake (issue 8) for exactly `period`. The
 * roll-up shows them with `source: 'intake'` for communes with no records of their own.
 */
export async function intakeFigures(
  ctx: Ctx,
  communeIds: readonly string[],
  period: Period,
): Promise<Map<string, Record<string, number>>> {
  return savedFigures(ctx, communeIds, period);
}

/**
 * Communes that keep records in Dân Vận (any dossier, petition, reception session, document or
 * report): their data is the source; the others' zeros would only mean "not recorded here".
 */
export async function recordingCommunes(ctx: Ctx, communeIds: readonly string[]): Promise<Set<string>> {
  if (communeIds.length === 0) return new Set();
  const rows = await ctx.tx.query<{ id: string }>(
    `select c.id from unnest($1::uuid[]) as c(id)
     where exists (select 1 from dossiers d where d.commune_id = c.id)
        or exists (select 1 from petitions p where p.commune_id = c.id)
        or exists (select 1 from reception_sessions s where s.commune_id = c.id)
        or exists (select 1 from documents x where x.commune_id = c.id)
        or exists (select 1 from reports r where r.commune_id = c.id)`,
    [communeIds],
  );
  return new Set(rows.map((r) => r.id));
}
