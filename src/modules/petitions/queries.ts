import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db/types.ts';
import type { Outcome, PetitionChannel, PetitionKind, PetitionStatus, Topic } from './schema.ts';

/** Every column a petition is presented from. Identity lives elsewhere and is never selected here. */
export const petitionColumns = `p.id, p.code, p.kind, p.channel, p.reception_session_id as "receptionSessionId",
  p.forwarded_by as "forwardedBy", p.anonymous, p.submitter_name as "submitterName",
  p.submitter_address as "submitterAddress", p.submitter_contact as "submitterContact", p.submitter_key as "submitterKey",
  p.subject, p.topic, p.content, p.status, p.received_date as "receivedDate",
  p.within_authority as "withinAuthority", p.classified_date as "classifiedDate", p.accepted_date as "acceptedDate",
  p.intake_due_date as "intakeDueDate", p.intake_rule_key as "intakeRuleKey",
  p.intake_rule_from as "intakeRuleEffectiveFrom", p.rule_key as "ruleKey",
  p.rule_effective_from as "ruleEffectiveFrom", p.variant, p.extensions, p.due_date as "dueDate",
  p.assigned_official_id as "assignedOfficialId", u.full_name as "assignedOfficialName",
  p.assigned_date as "assignedDate", p.closed_date as "closedDate", p.outcome, p.decision_ref as "decisionRef",
  p.decision_date as "decisionDate", p.transferred_to as "transferredTo", p.letter_text as "letterText",
  p.for_inspection as "forInspection", p.filed_reason as "filedReason", p.repeated_of as "repeatedOfId",
  r.code as "repeatedOfCode", p.over_level as "overLevel", p.answer_text as "answerText",
  p.answered_date as "answeredDate", p.answer_published as "answerPublished", p.rating,
  p.rating_comment as "ratingComment", p.reopened_count as "reopenedCount", p.reopen_reason as "reopenReason",
  p.secret_hash as "secretHash"`;

export const petitionFrom = `petitions p
  left join users u on u.id = p.assigned_official_id
  left join petitions r on r.commune_id = p.commune_id and r.id = p.repeated_of`;

export interface PetitionRow {
  id: string;
  code: string;
  kind: PetitionKind;
  channel: PetitionChannel;
  receptionSessionId: string | null;
  forwardedBy: string | null;
  anonymous: boolean;
  submitterName: string | null;
  submitterAddress: string | null;
  submitterContact: string | null;
  submitterKey: string | null;
  subject: string;
  topic: Topic;
  content: string;
  status: PetitionStatus;
  receivedDate: string;
  withinAuthority: boolean | null;
  classifiedDate: string | null;
  acceptedDate: string | null;
  intakeDueDate: string | null;
  intakeRuleKey: string | null;
  intakeRuleEffectiveFrom: string | null;
  ruleKey: string | null;
  ruleEffectiveFrom: string | null;
  variant: 'complex' | 'remote' | 'remoteComplex' | null;
  extensions: { days: number; reason: string; date: string }[];
  dueDate: string | null;
  assignedOfficialId: string | null;
  assignedOfficialName: string | null;
  assignedDate: string | null;
  closedDate: string | null;
  outcome: Outcome | null;
  decisionRef: string | null;
  decisionDate: string | null;
  transferredTo: string | null;
  letterText: string | null;
  forInspection: boolean;
  filedReason: string | null;
  repeatedOfId: string | null;
  repeatedOfCode: string | null;
  overLevel: boolean;
  answerText: string | null;
  answeredDate: string | null;
  answerPublished: boolean;
  rating: number | null;
  ratingComment: string | null;
  reopenedCount: number;
  reopenReason: string | null;
  secretHash: string;
}

export async function selectPetition(
  q: Queryable,
  communeId: string,
  by: { id?: string; code?: string },
  forUpdate = false,
): Promise<PetitionRow | undefined> {
  const [row] = await q.query<PetitionRow>(
    `select ${petitionColumns} from ${petitionFrom}
     where p.commune_id = $1 and ($2::uuid is null or p.id = $2) and ($3::text is null or p.code = $3)
     ${forUpdate ? 'for update of p' : ''}`,
    [communeId, by.id ?? null, by.code ?? null],
  );
  return row;
}

export async function insertEvent(
  q: Queryable,
  e: {
    communeId: string;
    petitionId: string;
    kind: string;
    actorId: string | null;
    note?: string | null;
    data?: unknown;
    at?: Date;
  },
) {
  await q.query(
    `insert into petition_events (commune_id, petition_id, kind, actor_id, note, data, at)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, now()))`,
    [
      e.communeId,
      e.petitionId,
      e.kind,
      e.actorId,
      e.note ?? null,
      e.data === undefined ? null : JSON.stringify(e.data),
      e.at ?? null,
    ],
  );
}

export async function selectEvents(q: Queryable, communeId: string, petitionId: string) {
  const rows = await q.query<{
    id: number;
    at: Date;
    kind: string;
    actor: string | null;
    note: string | null;
  }>(
    `select e.id::int as id, e.at, e.kind, u.full_name as actor, e.note from petition_events e
     left join users u on u.id = e.actor_id
     where e.commune_id = $1 and e.petition_id = $2 order by e.at, e.id`,
    [communeId, petitionId],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

const attachmentColumns = `a.id, a.file_name as "fileName", a.media_type as "mediaType", a.size_bytes as "sizeBytes",
  a.sha256, a.uploaded_at as "uploadedAt"`;

/** Attachments anyone on the case may see; identity scans are filtered out (and hidden by RLS). */
export async function selectAttachments(
  q: Queryable,
  communeId: string,
  petitionId: string,
  identity: boolean,
) {
  const rows = await q.query<{
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: Date;
  }>(
    `select ${attachmentColumns} from petition_attachments a
     where a.commune_id = $1 and a.petition_id = $2 and a.identity = $3 order by a.uploaded_at, a.id`,
    [communeId, petitionId, identity],
  );
  return rows.map((r) => ({ ...r, uploadedAt: new Date(r.uploadedAt).toISOString() }));
}

export async function insertAttachment(
  q: Queryable,
  a: {
    communeId: string;
    petitionId: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    content: Buffer;
    identity: boolean;
    uploadedBy: string | null;
  },
): Promise<string> {
  // No `returning`: an identity scan is not readable back (row-level security), so the id is made here.
  const id = randomUUID();
  await q.query(
    `insert into petition_attachments (commune_id, petition_id, id, file_name, media_type, size_bytes, sha256, content, identity, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      a.communeId,
      a.petitionId,
      id,
      a.fileName,
      a.mediaType,
      a.sizeBytes,
      a.sha256,
      a.content,
      a.identity,
      a.uploadedBy,
    ],
  );
  return id;
}

/** The next free number of the year, for codes like SH-TANPHU-DT26-0007. */
export async function nextCode(q: Queryable, communeId: string, prefix: string): Promise<string> {
  const [row] = await q.query<{ n: number }>(
    `select coalesce(max(substring(code from '\\d+$')::int), 0) + 1 as n from petitions
     where commune_id = $1 and code like $2 || '%'`,
    [communeId, prefix],
  );
  return `${prefix}${String(row?.n ?? 1).padStart(4, '0')}`;
}

/** Earlier petitions of the same (named) submitter, for repeat detection. */
export async function selectBySubmitter(q: Queryable, communeId: string, key: string, excludeId: string) {
  return q.query<{ id: string; subject: string; receivedDate: string }>(
    `select id, subject, received_date as "receivedDate" from petitions
     where commune_id = $1 and submitter_key = $2 and id <> $3 order by received_date desc, created_at desc limit 200`,
    [communeId, key, excludeId],
  );
}

/** Earlier denunciations of the same denouncer, found without reading anyone's identity. */
export async function selectByDenouncer(q: Queryable, communeId: string, nameKey: string, excludeId: string) {
  return q.query<{ id: string; subject: string; receivedDate: string }>(
    `select id, subject, received_date as "receivedDate" from petitions
     where commune_id = $1 and id <> $3 and id in (select danvan_denouncer_petitions($1, $2))
     order by received_date desc, created_at desc limit 200`,
    [communeId, nameKey, excludeId],
  );
}
