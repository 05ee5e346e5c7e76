import type { Queryable } from '../../platform/db/types.ts';
import type { Genre, ReportDraft } from './model.ts';
import type { ReportStatus } from './schema.ts';

export interface ReportRow {
  id: string;
  communeId: string;
  genre: Genre;
  periodKey: string;
  periodFrom: string;
  periodTo: string;
  status: ReportStatus;
  version: number;
  content: unknown;
  indicators: Record<string, number>;
  reference: string | null;
  documentId: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
  finalisedAt: Date | null;
}

const columns = (
  withContent: boolean,
) => `r.id, r.commune_id as "communeId", r.genre, r.period_key as "periodKey",
  r.period_from as "periodFrom", r.period_to as "periodTo", r.status, r.version,
  ${withContent ? 'r.content, r.indicators' : `jsonb_build_object('summary', r.content->'summary', 'period', r.content->'period') as content, '{}'::jsonb as indicators`},
  r.reference, r.document_id as "documentId", cu.full_name as "createdBy", r.created_at as "createdAt",
  uu.full_name as "updatedBy", r.updated_at as "updatedAt", r.finalised_at as "finalisedAt"`;
const joins = 'left join users cu on cu.id = r.created_by left join users uu on uu.id = r.updated_by';

export async function selectReport(
  q: Queryable,
  communeId: string,
  id: string,
  o: { lock?: boolean } = {},
): Promise<ReportRow | undefined> {
  // Locks the report row only (users are joined for names): saves of one report queue up here.
  const [row] = await q.query<ReportRow>(
    `select ${columns(true)} from reports r ${joins} where r.commune_id = $1 and r.id = $2
     ${o.lock ? 'for update of r' : ''}`,
    [communeId, id],
  );
  return row;
}

export async function selectReports(
  q: Queryable,
  communeId: string,
  f: { genre?: string; period?: string; status?: string; limit: number; offset: number },
): Promise<{ rows: ReportRow[]; total: number }> {
  const where = `r.commune_id = $1 and ($2::text is null or r.genre = $2) and ($3::text is null or r.period_key = $3)
    and ($4::text is null or r.status = $4)`;
  const params = [communeId, f.genre ?? null, f.period ?? null, f.status ?? null];
  const rows = await q.query<ReportRow>(
    `select ${columns(false)} from reports r ${joins} where ${where}
     order by r.period_to desc, r.genre, r.version desc limit $5 offset $6`,
    [...params, f.limit, f.offset],
  );
  const [n] = await q.query<{ n: number }>(`select count(*)::int as n from reports r where ${where}`, params);
  return { rows, total: n?.n ?? 0 };
}

export async function selectOpenDraft(q: Queryable, communeId: string, genre: string, periodKey: string) {
  const [row] = await q.query<{ id: string; version: number }>(
    `select id, version from reports where commune_id = $1 and genre = $2 and period_key = $3 and status = 'draft'`,
    [communeId, genre, periodKey],
  );
  return row;
}

export async function nextVersion(q: Queryable, communeId: string, genre: string, periodKey: string) {
  const [row] = await q.query<{ v: number }>(
    `select coalesce(max(version), 0)::int + 1 as v from reports where commune_id = $1 and genre = $2 and period_key = $3`,
    [communeId, genre, periodKey],
  );
  return row?.v ?? 1;
}

/**
 * The commune's previous report of a genre, for the judgement text: the latest issued one, else
 * the latest draft; the same period first (a new version), then the latest period that ends no
 * later than this one (so the year's report starts from its second half's).
 */
export async function selectPrevious(
  q: Queryable,
  communeId: string,
  genre: string,
  period: { key: string; to: string },
  exceptId: string | null = null,
) {
  const [row] = await q.query<{ content: unknown }>(
    `select content from reports
     where commune_id = $1 and genre = $2 and ($5::uuid is null or id <> $5)
       and (period_key = $3 or period_to <= $4)
     order by (status = 'final') desc, (period_key = $3) desc, period_to desc, version desc
     limit 1`,
    [communeId, genre, period.key, period.to, exceptId],
  );
  return row?.content;
}

export async function insertReport(
  q: Queryable,
  r: {
    communeId: string;
    genre: Genre;
    period: { key: string; from: string; to: string };
    version: number;
    content: ReportDraft;
    indicators: Record<string, number>;
    actorId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into reports (commune_id, genre, period_key, period_from, period_to, status, version, content, indicators,
       created_by, updated_by)
     values ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $9) returning id`,
    [
      r.communeId,
      r.genre,
      r.period.key,
      r.period.from,
      r.period.to,
      r.version,
      JSON.stringify(r.content),
      JSON.stringify(r.indicators),
      r.actorId,
    ],
  );
  return (row as { id: string }).id;
}

export async function updateContent(
  q: Queryable,
  communeId: string,
  id: string,
  content: ReportDraft,
  actorId: string | null,
  indicators?: Record<string, number>,
) {
  await q.query(
    `update reports set content = $3, indicators = coalesce($4::jsonb, indicators), updated_by = $5, updated_at = now()
     where commune_id = $1 and id = $2`,
    [communeId, id, JSON.stringify(content), indicators ? JSON.stringify(indicators) : null, actorId],
  );
}

export async function markFinal(
  q: Queryable,
  communeId: string,
  id: string,
  f: { content: ReportDraft; reference: string; documentId: string; actorId: string | null; at: Date },
) {
  await q.query(
    `update reports set status = 'final', content = $3, reference = $4, document_id = $5, finalised_by = $6,
       finalised_at = $7, updated_by = $6, updated_at = now()
     where commune_id = $1 and id = $2 and status = 'draft'`,
    [communeId, id, JSON.stringify(f.content), f.reference, f.documentId, f.actorId, f.at],
  );
}

export async function deleteReport(q: Queryable, communeId: string, id: string) {
  await q.query(`delete from reports where commune_id = $1 and id = $2 and status = 'draft'`, [
    communeId,
    id,
  ]);
}

export interface SectionRow {
  sectionId: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: Date;
}

export async function selectSections(q: Queryable, communeId: string, reportId: string) {
  return q.query<SectionRow>(
    `select s.section_id as "sectionId", s.revision, u.full_name as "updatedBy", s.updated_at as "updatedAt"
     from report_sections s left join users u on u.id = s.updated_by
     where s.commune_id = $1 and s.report_id = $2 order by s.section_id`,
    [communeId, reportId],
  );
}

/** Moves a section to its next revision; returns it. */
export async function bumpSection(
  q: Queryable,
  communeId: string,
  reportId: string,
  sectionId: string,
  actorId: string | null,
): Promise<{ revision: number; updatedAt: Date }> {
  const [row] = await q.query<{ revision: number; updatedAt: Date }>(
    `insert into report_sections (commune_id, report_id, section_id, revision, updated_by) values ($1, $2, $3, 1, $4)
     on conflict (commune_id, report_id, section_id)
       do update set revision = report_sections.revision + 1, updated_by = excluded.updated_by, updated_at = now()
     returning revision, updated_at as "updatedAt"`,
    [communeId, reportId, sectionId, actorId],
  );
  return row as { revision: number; updatedAt: Date };
}

/** Register entries with these numbers (the citation check compares references and dates). */
export async function selectRegisterEntries(q: Queryable, communeId: string, numbers: readonly number[]) {
  if (numbers.length === 0) return [];
  return q.query<{ reference: string; date: string }>(
    `select reference, issued_date as date from documents where commune_id = $1 and number = any($2::int[])`,
    [communeId, numbers],
  );
}
