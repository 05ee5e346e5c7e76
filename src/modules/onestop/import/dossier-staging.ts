import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../../platform/db/types.ts';
import type { StagedDossier } from './dossier-rows.ts';
import type { RowError } from './rejection.ts';

// The SQL of the dossier import, in one place. Rows stream into a temporary table inside the
// import's transaction (no WAL, no index, gone at commit or rollback), then one set-based
// statement merges them into `dossiers`.

const staging = 'onestop_import_dossiers';

export async function createStaging(tx: Queryable): Promise<void> {
  await tx.exec(`drop table if exists pg_temp.${staging};
    create temp table ${staging} (
      line integer not null,
      code text not null,
      procedure_code text,
      procedure_name text,
      sector text,
      channel text,
      status text,
      received_at timestamptz,
      received_date date,
      due_date date,
      closed_date date,
      lookup_key text,
      search_text text
    ) on commit drop`);
}

export async function dropStaging(tx: Queryable): Promise<void> {
  await tx.exec(`drop table if exists pg_temp.${staging}`);
}

// Unambiguous characters only (as on the desk's receipts): 32 of them, so a random byte masked
// to 5 bits picks one uniformly.
const keyAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Rows buffered column by column, sent as one `unnest` of arrays per batch. */
export class StagingBatch {
  private line: number[] = [];
  private code: string[] = [];
  private procedureCode: (string | null)[] = [];
  private procedureName: (string | null)[] = [];
  private sector: (string | null)[] = [];
  private channel: (string | null)[] = [];
  private status: (string | null)[] = [];
  private receivedAt: (string | null)[] = [];
  private receivedDate: (string | null)[] = [];
  private dueDate: (string | null)[] = [];
  private closedDate: (string | null)[] = [];
  private lookupKey: (string | null)[] = [];
  private searchText: (string | null)[] = [];

  get size(): number {
    return this.line.length;
  }

  add(r: StagedDossier): void {
    this.line.push(r.line);
    this.code.push(r.code);
    this.procedureCode.push(r.procedureCode);
    this.procedureName.push(r.procedureName);
    this.sector.push(r.sector);
    this.channel.push(r.channel);
    this.status.push(r.status);
    this.receivedAt.push(r.receivedAt);
    this.receivedDate.push(r.receivedDate);
    this.dueDate.push(r.dueDate);
    this.closedDate.push(r.closedDate);
    this.lookupKey.push('');
    this.searchText.push(r.searchText);
  }

  /** An invalid row: only its code is kept, to find duplicates across the whole file. */
  addCodeOnly(line: number, code: string): void {
    this.line.push(line);
    this.code.push(code);
    for (const column of [
      this.procedureCode,
      this.procedureName,
      this.sector,
      this.channel,
      this.status,
      this.receivedAt,
      this.receivedDate,
      this.dueDate,
      this.closedDate,
      this.lookupKey,
      this.searchText,
    ]) {
      column.push(null);
    }
  }

  /** Takes the buffered rows (with their lookup keys drawn) and starts an empty batch. */
  take(): unknown[] {
    const random = randomBytes(this.size * 6);
    for (let i = 0; i < this.size; i++) {
      if (this.lookupKey[i] === null) continue;
      let key = '';
      for (let j = 0; j < 6; j++) key += keyAlphabet[(random[i * 6 + j] as number) & 31];
      this.lookupKey[i] = key;
    }
    const columns = [
      this.line,
      this.code,
      this.procedureCode,
      this.procedureName,
      this.sector,
      this.channel,
      this.status,
      this.receivedAt,
      this.receivedDate,
      this.dueDate,
      this.closedDate,
      this.lookupKey,
      this.searchText,
    ];
    this.line = [];
    this.code = [];
    this.procedureCode = [];
    this.procedureName = [];
    this.sector = [];
    this.channel = [];
    this.status = [];
    this.receivedAt = [];
    this.receivedDate = [];
    this.dueDate = [];
    this.closedDate = [];
    this.lookupKey = [];
    this.searchText = [];
    return columns;
  }
}

/** Sends one batch (the columns of StagingBatch.take) as a single `unnest` of arrays. */
export async function insertStaged(tx: Queryable, columns: unknown[]): Promise<void> {
  await tx.query(
    `insert into ${staging} (line, code, procedure_code, procedure_name, sector, channel, status, received_at,
       received_date, due_date, closed_date, lookup_key, search_text)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::timestamptz[], $9::date[], $10::date[], $11::date[], $12::text[], $13::text[])`,
    columns,
  );
}

/**
 * Batches on their way to the staging table, one at a time, while the next one is being read and
 * checked: with a PostgreSQL server the database works while Node parses (PGlite runs in this
 * thread anyway). At most two batches are in memory.
 */
export class StagingWriter {
  private pending: Promise<void> = Promise.resolve();
  constructor(private readonly tx: Queryable) {}

  async send(batch: StagingBatch): Promise<void> {
    await this.pending;
    if (batch.size === 0) return;
    const columns = batch.take();
    this.pending = insertStaged(this.tx, columns);
    // Surfaced by the next send() or drain(); meanwhile not an unhandled rejection.
    this.pending.catch(() => {});
  }

  async drain(): Promise<void> {
    await this.pending;
  }
}

/** `Mã hồ sơ` appearing more than once in the file: every later occurrence, naming the first. */
export async function findDuplicates(
  tx: Queryable,
  column: string,
  cap: number,
): Promise<{ rows: RowError[]; count: number }> {
  const [extra] = await tx.query<{ n: number }>(
    `select coalesce(sum(n - 1), 0)::int as n from (select count(*) as n from ${staging} group by code having count(*) > 1) t`,
  );
  const count = extra?.n ?? 0;
  if (count === 0) return { rows: [], count };
  const rows = await tx.query<{ line: number; code: string; first: number }>(
    `select line, code, first from (
       select line, code, min(line) over (partition by code) as first from ${staging}
       where code in (select code from ${staging} group by code having count(*) > 1)
     ) t where line > first order by line limit $1`,
    [cap],
  );
  return {
    rows: rows.map((r) => ({
      line: r.line,
      column,
      reason: `Mã hồ sơ "${r.code}" trùng với dòng ${r.first}.`,
    })),
    count,
  };
}

/**
 * Codes already used by dossiers received at the desk in Dân Vận: an export must not overwrite
 * a dossier whose lifecycle is recorded here.
 */
export async function findDeskCollisions(
  tx: Queryable,
  communeId: string,
  column: string,
  cap: number,
): Promise<{ rows: RowError[]; count: number }> {
  const [any] = await tx.query<{ yes: boolean }>(
    `select exists (select 1 from dossiers where commune_id = $1 and source = 'desk') as yes`,
    [communeId],
  );
  if (!any?.yes) return { rows: [], count: 0 };
  const found = await tx.query<{ line: number; code: string; total: number }>(
    `select s.line, s.code, count(*) over ()::int as total from ${staging} s
     join dossiers d on d.commune_id = $1 and d.code = s.code and d.source = 'desk'
     order by s.line limit $2`,
    [communeId, cap],
  );
  return {
    rows: found.map((r) => ({
      line: r.line,
      column,
      reason: `Mã hồ sơ "${r.code}" đã được dùng cho một hồ sơ tiếp nhận tại Bộ phận Một cửa trên Dân Vận.`,
    })),
    count: found[0]?.total ?? 0,
  };
}

/** Staging lines merged per statement (see mergeStaging). */
const MERGE_CHUNK = 100_000;

/**
 * From staging into `dossiers`, keyed by (commune, Mã hồ sơ): new codes are inserted, changed
 * rows updated, identical rows left alone (the `where` of `do update`), so the same file twice
 * changes nothing. The procedure is linked when the catalogue has its code.
 *
 * One set-based statement per 100,000 lines of the file rather than one for the whole file:
 * PostgreSQL queues each inserted row's foreign-key checks until the end of its statement, in
 * memory, and an embedded database's memory never shrinks back (docs/performance.md).
 */
export async function mergeStaging(
  tx: Queryable,
  communeId: string,
): Promise<{ inserted: number; updated: number }> {
  const [range] = await tx.query<{ first: number | null; last: number | null }>(
    `select min(line) as first, max(line) as last from ${staging}`,
  );
  const total = { inserted: 0, updated: 0 };
  if (range?.first == null || range.last == null) return total;
  for (let from = range.first; from <= range.last; from += MERGE_CHUNK) {
    const part = await mergeLines(tx, communeId, from, from + MERGE_CHUNK);
    total.inserted += part.inserted;
    total.updated += part.updated;
  }
  return total;
}

/** Merges the staged lines in [from, to). */
async function mergeLines(
  tx: Queryable,
  communeId: string,
  from: number,
  to: number,
): Promise<{ inserted: number; updated: number }> {
  const [row] = await tx.query<{ inserted: number; updated: number }>(
    `with merged as (
       insert into dossiers as d (commune_id, code, procedure_id, procedure_code, procedure_name, sector, channel,
         status, received_at, received_date, due_date, original_due_date, returned_date, withdrawn_date,
         rejected_date, source, lookup_key, search_text)
       select $1, s.code, p.id, s.procedure_code, s.procedure_name, coalesce(s.sector, p.sector), s.channel,
         s.status, s.received_at, s.received_date, s.due_date, s.due_date,
         case when s.status = 'returned' then s.closed_date end,
         case when s.status = 'withdrawn' then s.closed_date end,
         case when s.status = 'rejected' then s.closed_date end,
         'import', s.lookup_key, s.search_text
       from ${staging} s
       left join procedures p on p.commune_id = $1 and p.code = s.procedure_code
       where s.line >= $2 and s.line < $3
       on conflict (commune_id, code) do update set
         procedure_id = excluded.procedure_id, procedure_code = excluded.procedure_code,
         procedure_name = excluded.procedure_name, sector = excluded.sector, channel = excluded.channel,
         status = excluded.status, received_at = excluded.received_at, received_date = excluded.received_date,
         due_date = excluded.due_date, original_due_date = excluded.original_due_date,
         returned_date = excluded.returned_date, withdrawn_date = excluded.withdrawn_date,
         rejected_date = excluded.rejected_date, search_text = excluded.search_text, updated_at = now()
       where d.source = 'import'
         and (d.procedure_id, d.procedure_code, d.procedure_name, d.sector, d.channel, d.status, d.received_at,
              d.received_date, d.due_date, d.original_due_date, d.returned_date, d.withdrawn_date,
              d.rejected_date, d.search_text)
         is distinct from
             (excluded.procedure_id, excluded.procedure_code, excluded.procedure_name, excluded.sector,
              excluded.channel, excluded.status, excluded.received_at, excluded.received_date, excluded.due_date,
              excluded.original_due_date, excluded.returned_date, excluded.withdrawn_date, excluded.rejected_date,
              excluded.search_text)
       returning (xmax = 0) as inserted
     )
     select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated
     from merged`,
    [communeId, from, to],
  );
  return { inserted: row?.inserted ?? 0, updated: row?.updated ?? 0 };
}
