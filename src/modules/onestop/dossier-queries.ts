import type { Queryable } from '../../platform/db/types.ts';
import type { SubjectNames } from './schema.ts';

export const dossierColumns = `d.id, d.code, d.procedure_id as "procedureId", d.procedure_code as "procedureCode",
  d.procedure_name as "procedureName", d.sector, d.channel, d.status, d.received_at as "receivedAt",
  d.received_date as "receivedDate", d.due_date as "dueDate", d.original_due_date as "originalDueDate",
  d.returned_date as "returnedDate", d.withdrawn_date as "withdrawnDate", d.rejected_date as "rejectedDate",
  d.rejection_reason as "rejectionReason", d.applicant_name as "applicantName", d.applicant_phone as "applicantPhone",
  d.applicant_address as "applicantAddress", d.digitized, d.paid_online as "paidOnline", d.source,
  d.lookup_key as "lookupKey"`;

export interface DossierRow {
  id: string;
  code: string;
  procedureId: string | null;
  procedureCode: string | null;
  procedureName: string;
  sector: string | null;
  channel: 'direct' | 'online' | 'postal';
  status: 'received' | 'supplement_requested' | 'processing' | 'returned' | 'rejected' | 'withdrawn';
  receivedAt: Date;
  receivedDate: string;
  dueDate: string;
  originalDueDate: string;
  returnedDate: string | null;
  withdrawnDate: string | null;
  rejectedDate: string | null;
  rejectionReason: string | null;
  applicantName: string | null;
  applicantPhone: string | null;
  applicantAddress: string | null;
  digitized: boolean;
  paidOnline: boolean;
  source: 'desk' | 'import';
  lookupKey: string;
}

export async function selectDossier(
  q: Queryable,
  communeId: string,
  by: { id?: string; code?: string },
  forUpdate = false,
) {
  const [row] = await q.query<DossierRow>(
    `select ${dossierColumns} from dossiers d
     where d.commune_id = $1 and ($2::uuid is null or d.id = $2) and ($3::text is null or d.code = $3)
     ${forUpdate ? 'for update' : ''}`,
    [communeId, by.id ?? null, by.code ?? null],
  );
  return row;
}

/** The procedure's civil-status event and the names recorded for the Chairman's letter. */
export async function selectCivilStatus(q: Queryable, communeId: string, dossierId: string) {
  const [row] = await q.query<{ event: 'birth' | 'marriage' | 'death' | null; names: SubjectNames | null }>(
    `select p.civil_status_event as event, d.subject_names as names
     from dossiers d left join procedures p on p.id = d.procedure_id
     where d.commune_id = $1 and d.id = $2`,
    [communeId, dossierId],
  );
  return row ?? { event: null, names: null };
}

export async function insertEvent(
  q: Queryable,
  e: {
    communeId: string;
    dossierId: string;
    kind: string;
    actorId: string | null;
    note?: string | null;
    data?: unknown;
  },
) {
  await q.query(
    'insert into dossier_events (commune_id, dossier_id, kind, actor_id, note, data) values ($1, $2, $3, $4, $5, $6)',
    [
      e.communeId,
      e.dossierId,
      e.kind,
      e.actorId,
      e.note ?? null,
      e.data === undefined ? null : JSON.stringify(e.data),
    ],
  );
}

export async function selectEvents(q: Queryable, communeId: string, dossierId: string) {
  const rows = await q.query<{
    id: number;
    at: Date;
    kind: string;
    actor: string | null;
    note: string | null;
  }>(
    `select e.id, e.at, e.kind, u.full_name as actor, e.note from dossier_events e
     left join users u on u.id = e.actor_id
     where e.commune_id = $1 and e.dossier_id = $2 order by e.at, e.id`,
    [communeId, dossierId],
  );
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

export async function selectApologies(q: Queryable, communeId: string, dossierId: string) {
  return q.query<{
    id: string;
    issuedDate: string;
    reason: string;
    previousDueDate: string;
    newDueDate: string;
  }>(
    `select id, issued_date as "issuedDate", reason, previous_due_date as "previousDueDate", new_due_date as "newDueDate"
     from dossier_apologies where commune_id = $1 and dossier_id = $2 order by issued_date, id`,
    [communeId, dossierId],
  );
}

export async function selectRating(q: Queryable, communeId: string, dossierId: string) {
  const [row] = await q.query<{
    overall: number;
    attitude: number | null;
    timeliness: number | null;
    clarity: number | null;
    facilities: number | null;
    comment: string | null;
    ratedDate: string;
  }>(
    `select overall, attitude, timeliness, clarity, facilities, comment, rated_date as "ratedDate"
     from dossier_ratings where commune_id = $1 and dossier_id = $2`,
    [communeId, dossierId],
  );
  return row ?? null;
}

/** The next free number of the day, for codes like SH-TANPHU-261121-0007. */
export async function nextCodeOfDay(q: Queryable, communeId: string, prefix: string): Promise<string> {
  const [row] = await q.query<{ n: number }>(
    `select coalesce(max(substring(code from '\\d+$')::int), 0) + 1 as n from dossiers
     where commune_id = $1 and code like $2 || '%'`,
    [communeId, prefix],
  );
  return `${prefix}${String(row?.n ?? 1).padStart(4, '0')}`;
}
