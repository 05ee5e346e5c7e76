import type { Queryable } from '../../platform/db/types.ts';
import type { IntakeStatus } from './stored.ts';

// The intake module's SQL (migration 0008). Row-level security limits every query to the
// communes the caller reads.

export interface IntakeRow {
  id: string;
  communeId: string;
  communeCode: string;
  communeName: string;
  fileName: string;
  text: string;
  periodFrom: string | null;
  periodTo: string | null;
  periodLabel: string | null;
  detected: unknown;
  documents: unknown;
  findings: unknown;
  status: IntakeStatus;
  createdAt: Date;
  updatedAt: Date;
  savedAt: Date | null;
}

export interface IntakeSummaryRow
  extends Omit<IntakeRow, 'text' | 'detected' | 'documents' | 'findings' | 'updatedAt'> {
  values: number;
  edited: number;
  findingCount: number;
}

export interface ValueRow {
  key: string;
  value: number;
  extracted: number | null;
  qualifier: 'atLeast' | 'atMost' | 'about' | null;
  spanStart: number | null;
  spanEnd: number | null;
  sentence: string | null;
  pattern: string | null;
  edited: boolean;
}

const head = `i.id, i.commune_id as "communeId", c.code as "communeCode", c.name as "communeName",
  i.file_name as "fileName", i.period_from as "periodFrom", i.period_to as "periodTo",
  i.period_label as "periodLabel", i.status, i.created_at as "createdAt", i.saved_at as "savedAt"`;

export async function insertIntake(
  q: Queryable,
  r: {
    communeId: string;
    fileName: string;
    text: string;
    period: { from: string; to: string; label: string } | null;
    detected: unknown;
    documents: unknown;
    findings: unknown;
    actorId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into intakes (commune_id, file_name, text, period_from, period_to, period_label, detected, documents,
       findings, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) returning id`,
    [
      r.communeId,
      r.fileName,
      r.text,
      r.period?.from ?? null,
      r.period?.to ?? null,
      r.period?.label ?? null,
      JSON.stringify(r.detected),
      JSON.stringify(r.documents),
      JSON.stringify(r.findings),
      r.actorId,
    ],
  );
  return (row as { id: string }).id;
}

export async function insertValues(
  q: Queryable,
  communeId: string,
  intakeId: string,
  values: readonly Omit<ValueRow, 'edited'>[],
): Promise<void> {
  if (values.length === 0) return;
  // One statement for the whole report: arrays unnested side by side.
  await q.query(
    `insert into intake_values (commune_id, intake_id, key, value, extracted, qualifier, span_start, span_end,
       sentence, pattern)
     select $1, $2, * from unnest($3::text[], $4::float8[], $5::float8[], $6::text[], $7::int[], $8::int[],
       $9::text[], $10::text[])`,
    [
      communeId,
      intakeId,
      values.map((v) => v.key),
      values.map((v) => v.value),
      values.map((v) => v.extracted),
      values.map((v) => v.qualifier),
      values.map((v) => v.spanStart),
      values.map((v) => v.spanEnd),
      values.map((v) => v.sentence),
      values.map((v) => v.pattern),
    ],
  );
}

export async function selectIntake(
  q: Queryable,
  communeId: string,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IntakeRow | undefined> {
  const [row] = await q.query<IntakeRow>(
    `select ${head}, i.text, i.detected, i.documents, i.findings, i.updated_at as "updatedAt"
     from intakes i join communes c on c.id = i.commune_id
     where i.commune_id = $1 and i.id = $2 ${o.lock ? 'for update of i' : ''}`,
    [communeId, id],
  );
  return row;
}

export async function selectValues(q: Queryable, communeId: string, intakeId: string): Promise<ValueRow[]> {
  return q.query<ValueRow>(
    `select key, value, extracted, qualifier, span_start as "spanStart", span_end as "spanEnd", sentence, pattern,
       edited
     from intake_values where commune_id = $1 and intake_id = $2 order by span_start nulls last, key`,
    [communeId, intakeId],
  );
}

export async function selectIntakes(
  q: Queryable,
  f: { provinceId?: string; communeId?: string; status?: string; limit: number; offset: number },
): Promise<{ rows: IntakeSummaryRow[]; total: number }> {
  const where = `($1::uuid is null or c.province_id = $1) and ($2::uuid is null or i.commune_id = $2)
    and ($3::text is null or i.status = $3)`;
  const params = [f.provinceId ?? null, f.communeId ?? null, f.status ?? null];
  const rows = await q.query<IntakeSummaryRow>(
    `select ${head},
       (select count(*)::int from intake_values v where v.commune_id = i.commune_id and v.intake_id = i.id) as values,
       (select count(*)::int from intake_values v where v.commune_id = i.commune_id and v.intake_id = i.id
          and v.edited) as edited,
       jsonb_array_length(i.findings) as "findingCount"
     from intakes i join communes c on c.id = i.commune_id where ${where}
     order by i.created_at desc, i.id limit $4 offset $5`,
    [...params, f.limit, f.offset],
  );
  const [count] = await q.query<{ n: number }>(
    `select count(*)::int as n from intakes i join communes c on c.id = i.commune_id where ${where}`,
    params,
  );
  return { rows, total: count?.n ?? 0 };
}

export async function updatePeriod(
  q: Queryable,
  communeId: string,
  id: string,
  period: { from: string; to: string; label: string },
): Promise<void> {
  await q.query(
    `update intakes set period_from = $3, period_to = $4, period_label = $5 where commune_id = $1 and id = $2`,
    [communeId, id, period.from, period.to, period.label],
  );
}

/** A correction: the extracted value stays, `edited` says whether the one in force differs from it. */
export async function upsertValue(
  q: Queryable,
  communeId: string,
  intakeId: string,
  key: string,
  value: number,
): Promise<void> {
  await q.query(
    `insert into intake_values (commune_id, intake_id, key, value, edited) values ($1, $2, $3, $4, true)
     on conflict (commune_id, intake_id, key) do update
       set value = excluded.value, edited = intake_values.extracted is distinct from excluded.value`,
    [communeId, intakeId, key, value],
  );
}

export async function deleteValue(q: Queryable, communeId: string, intakeId: string, key: string) {
  await q.query('delete from intake_values where commune_id = $1 and intake_id = $2 and key = $3', [
    communeId,
    intakeId,
    key,
  ]);
}

export async function setStatus(
  q: Queryable,
  communeId: string,
  id: string,
  status: IntakeStatus,
  actorId: string | null,
): Promise<void> {
  await q.query(
    `update intakes set status = $3, updated_by = $4, updated_at = now(),
       saved_by = case when $3 = 'saved' then $4 else saved_by end,
       saved_at = case when $3 = 'saved' then now() else saved_at end
     where commune_id = $1 and id = $2`,
    [communeId, id, status, actorId],
  );
}

export async function touch(q: Queryable, communeId: string, id: string, actorId: string | null) {
  await q.query('update intakes set updated_by = $3, updated_at = now() where commune_id = $1 and id = $2', [
    communeId,
    id,
    actorId,
  ]);
}

/** Saving a report's figures for a period retires the one saved before for the same commune and period. */
export async function supersedeSaved(
  q: Queryable,
  communeId: string,
  period: { from: string; to: string },
  exceptId: string,
): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `update intakes set status = 'superseded', updated_at = now()
     where commune_id = $1 and period_from = $2 and period_to = $3 and status = 'saved' and id <> $4 returning id`,
    [communeId, period.from, period.to, exceptId],
  );
  return rows.map((r) => r.id);
}

/**
 * Moves an intake and its values to another commune under the same id. The key leads with the
 * commune and intake_values references it without on update cascade, so the rows are copied and
 * the old intake deleted (its values with it). It lands as a draft: a saved intake's figures were
 * the old commune's, and the target may already have a saved intake for the period.
 */
export async function moveIntake(
  q: Queryable,
  from: string,
  id: string,
  to: string,
  actorId: string | null,
): Promise<void> {
  await q.query(
    `insert into intakes (commune_id, id, file_name, text, period_from, period_to, period_label, detected,
       documents, findings, status, created_by, created_at, updated_by, updated_at, saved_by, saved_at)
     select $3::uuid, id, file_name, text, period_from, period_to, period_label, detected, documents, findings,
       'draft', created_by, created_at, $4::uuid, now(), saved_by, saved_at
     from intakes where commune_id = $1 and id = $2`,
    [from, id, to, actorId],
  );
  await q.query(
    `insert into intake_values (commune_id, intake_id, key, value, extracted, qualifier, span_start, span_end,
       sentence, pattern, edited)
     select $3::uuid, intake_id, key, value, extracted, qualifier, span_start, span_end, sentence, pattern, edited
     from intake_values where commune_id = $1 and intake_id = $2`,
    [from, id, to],
  );
  await deleteIntake(q, from, id);
}

export async function deleteIntake(q: Queryable, communeId: string, id: string): Promise<void> {
  await q.query('delete from intakes where commune_id = $1 and id = $2', [communeId, id]);
}

/** The figures of the saved intake of each commune for exactly this period. */
export async function selectSavedFigures(
  q: Queryable,
  communeIds: readonly string[],
  period: { from: string; to: string },
): Promise<{ communeId: string; key: string; value: number }[]> {
  return q.query(
    `select i.commune_id as "communeId", v.key, v.value
     from intakes i join intake_values v on v.commune_id = i.commune_id and v.intake_id = i.id
     where i.commune_id = any($1::uuid[]) and i.status = 'saved' and i.period_from = $2 and i.period_to = $3`,
    [communeIds, period.from, period.to],
  );
}
