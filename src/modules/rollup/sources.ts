import type { Ctx } from '../../platform/context.ts';
import type { Period } from '../stats/indicators.ts';

/**
 * Figures for communes that do not record their work in Dân Vận, keyed by commune id.
 *
 * The hook for the intake of hand-written reports (issue 8, src/modules/intake): it reads a
 * commune's report into PRIMER §4 indicators but does not store them yet (no table exists). When it
 * does — say `intake_figures (commune_id, period_from, period_to, key, value, source_file)` — this
 * function returns, for each commune, the figures of the stored report covering `period`; the
 * roll-up then shows them with `source: 'intake'` for communes with no records of their own.
 */
export async function intakeFigures(
  _ctx: Ctx,
  _communeIds: readonly string[],
  _period: Period,
): Promise<Map<string, Record<string, number>>> {
  return new Map();
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
