import type { Queryable } from '../../platform/db/types.ts';

export const documentColumns = `d.id, d.type_code as "type", d.issuer, d.field_code as "field", d.year, d.number,
  d.reference, d.issued_date as "date", d.summary, d.signer, d.file_name as "fileName",
  d.file_media_type as "fileMediaType", d.file_size as "fileSize"`;

export interface DocumentRow {
  id: string;
  type: string;
  issuer: string;
  field: string;
  year: number;
  number: number;
  reference: string;
  date: string;
  summary: string;
  signer: string;
  fileName: string | null;
  fileMediaType: string | null;
  fileSize: number | null;
}

export async function selectSettings(q: Queryable, communeId: string) {
  const [row] = await q.query<{ perTypeNumbering: boolean; disclosureMinDays: number }>(
    `select per_type_numbering as "perTypeNumbering", disclosure_min_days as "disclosureMinDays"
     from democracy_settings where commune_id = $1`,
    [communeId],
  );
  return row ?? { perTypeNumbering: false, disclosureMinDays: 30 };
}

export async function upsertSettings(
  q: Queryable,
  communeId: string,
  s: { perTypeNumbering: boolean; disclosureMinDays: number },
) {
  await q.query(
    `insert into democracy_settings (commune_id, per_type_numbering, disclosure_min_days) values ($1, $2, $3)
     on conflict (commune_id) do update set per_type_numbering = excluded.per_type_numbering,
       disclosure_min_days = excluded.disclosure_min_days, updated_at = now()`,
    [communeId, s.perTypeNumbering, s.disclosureMinDays],
  );
}

/**
 * Takes the next number of a sequence. The upsert locks the counter row until the transaction
 * ends: a concurrent request waits and then gets the following number; a rollback returns the
 * number, so the register has no gap.
 */
export async function nextNumber(
  q: Queryable,
  key: { communeId: string; issuer: string; year: number; sequence: string },
): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `insert into document_counters (commune_id, issuer, year, sequence, last_number) values ($1, $2, $3, $4, 1)
     on conflict (commune_id, issuer, year, sequence) do update set last_number = document_counters.last_number + 1
     returning last_number as n`,
    [key.communeId, key.issuer, key.year, key.sequence],
  );
  return (row as { n: number }).n;
}

export async function selectDocument(q: Queryable, communeId: string, id: string) {
  const [row] = await q.query<DocumentRow>(
    `select ${documentColumns} from documents d where d.commune_id = $1 and d.id = $2`,
    [communeId, id],
  );
  return row;
}

export async function selectFile(q: Queryable, communeId: string, id: string) {
  const [row] = await q.query<{ name: string | null; mediaType: string | null; content: Uint8Array | null }>(
    `select file_name as name, file_media_type as "mediaType", file_content as content
     from documents where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  return row;
}

/** Records of this issue that rest on a document, and links other modules registered. */
export async function selectLinks(q: Queryable, communeId: string, id: string) {
  return q.query<{ entity: string; entityId: string; label: string }>(
    `select 'disclosure' as entity, id::text as "entityId", title as label from disclosure_items
       where commune_id = $1 and document_id = $2
     union all select 'consultation', id::text, title from consultation_drafts where commune_id = $1 and document_id = $2
     union all select 'movement', id::text, name from movements where commune_id = $1 and plan_document_id = $2
     union all select 'inspection', id::text, title from inspections where commune_id = $1 and document_id = $2
     union all select entity, entity_id, label from document_links where commune_id = $1 and document_id = $2
     order by 1, 3`,
    [communeId, id],
  );
}
