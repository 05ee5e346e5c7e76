import { searchKey } from '../../domain/vi/index.ts';
import type { Queryable } from '../../platform/db/types.ts';
import type { Procedure, ProcedureInput } from './schema.ts';

export const procedureColumns = `id, code, name, sector, processing_days as "processingDays", online_level as "onlineLevel",
  fee_vnd as "feeVnd", civil_status_event as "civilStatusEvent", published`;

export const procedureSearchText = (p: { code: string; name: string; sector: string }) =>
  searchKey(`${p.code} ${p.name} ${p.sector}`);

export async function selectProcedures(
  q: Queryable,
  communeId: string,
  f: { q?: string; publishedOnly?: boolean } = {},
): Promise<Procedure[]> {
  return q.query<Procedure>(
    `select ${procedureColumns} from procedures
     where commune_id = $1 and ($2::text is null or search_text like '%' || $2 || '%') and (not $3 or published)
     order by sector, name`,
    [communeId, f.q ? searchKey(f.q) : null, f.publishedOnly ?? false],
  );
}

export async function selectProcedure(q: Queryable, communeId: string, by: { id?: string; code?: string }) {
  const [row] = await q.query<Procedure>(
    `select ${procedureColumns} from procedures
     where commune_id = $1 and ($2::uuid is null or id = $2) and ($3::text is null or code = $3)`,
    [communeId, by.id ?? null, by.code ?? null],
  );
  return row;
}

/** Insert or update by code; returns the row and whether it was new. */
export async function upsertProcedure(
  q: Queryable,
  communeId: string,
  p: ProcedureInput & { onlineLevel: string; published: boolean },
) {
  const [row] = await q.query<Procedure & { inserted: boolean }>(
    `insert into procedures (commune_id, code, name, sector, processing_days, online_level, fee_vnd, civil_status_event, published, search_text)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (commune_id, code) do update set name = excluded.name, sector = excluded.sector,
       processing_days = excluded.processing_days, online_level = excluded.online_level, fee_vnd = excluded.fee_vnd,
       civil_status_event = excluded.civil_status_event, published = excluded.published,
       search_text = excluded.search_text, updated_at = now()
     returning ${procedureColumns}, (xmax = 0) as inserted`,
    [
      communeId,
      p.code,
      p.name,
      p.sector,
      p.processingDays,
      p.onlineLevel,
      p.feeVnd ?? null,
      p.civilStatusEvent ?? null,
      p.published,
      procedureSearchText(p),
    ],
  );
  return row as Procedure & { inserted: boolean };
}
