import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError } from '../errors.ts';
import { referenceTables, tablesInDependencyOrder, transientTables } from './tables.ts';
import type { Database } from './types.ts';

/**
 * A logical backup: gzip'd JSON lines, one header then one line per row. It restores on either
 * backend, so it also moves a commune from the embedded database to a PostgreSQL server.
 */
interface Header {
  format: 'danvan-backup';
  formatVersion: 1;
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, number>;
}

const batchSize = 500;

export async function backup(
  db: Database,
  file: string,
  onTable?: (table: string, rows: number) => void,
): Promise<Header> {
  // One transaction: a consistent snapshot even if the server is writing meanwhile (PostgreSQL).
  return db.transaction(async (tx) => {
    await tx.exec('set transaction isolation level repeatable read');
    const tables = (await tablesInDependencyOrder(tx)).filter((t) => !transientTables.has(t));
    const [v] = await tx.query<{ v: number }>(
      'select coalesce(max(version), 0)::int as v from schema_migrations',
    );
    const lines: string[] = [];
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = await tx.query<{ j: string }>(`select to_jsonb(t)::text as j from ${ident(table)} t`);
      counts[table] = rows.length;
      for (const r of rows) lines.push(`{"t":${JSON.stringify(table)},"r":${r.j}}`);
      onTable?.(table, rows.length);
    }
    const header: Header = {
      format: 'danvan-backup',
      formatVersion: 1,
      schemaVersion: v?.v ?? 0,
      createdAt: new Date().toISOString(),
      tables: counts,
    };
    const body = Readable.from([`${JSON.stringify(header)}\n`, ...lines.map((l) => `${l}\n`)]);
    await pipeline(body, createGzip(), createWriteStream(file));
    return header;
  });
}

/** Restores into a database holding no records; all or nothing. */
export async function restore(
  db: Database,
  file: string,
  onTable?: (table: string, rows: number) => void,
): Promise<Header> {
  // pipe() does not forward a read error (missing file): pass it on so the loop below sees it.
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  const input = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  let header: Header | undefined;
  const byTable = new Map<string, unknown[]>();
  try {
    for await (const line of input) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== 'danvan-backup') throw new Error('format');
        continue;
      }
      const { t, r } = JSON.parse(line) as { t: string; r: unknown };
      (byTable.get(t) ?? byTable.set(t, []).get(t))?.push(r);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
      throw new AppError('bad_input', `Không đọc được tệp ${file}.`);
    throw new AppError('bad_input', `Tệp ${file} không phải bản sao lưu Dân Vận hợp lệ.`);
  }
  if (!header) throw new AppError('bad_input', `Tệp ${file} rỗng.`);
  const found = header;
  // A file cut short at a line boundary still decompresses: the header's counts catch it.
  for (const t of new Set([...Object.keys(found.tables ?? {}), ...byTable.keys()])) {
    if ((byTable.get(t)?.length ?? 0) !== found.tables?.[t]) {
      throw new AppError('bad_input', `Tệp ${file} không đầy đủ (bảng ${t}): bản sao lưu bị hỏng.`);
    }
  }

  await db.transaction(async (tx) => {
    const [v] = await tx.query<{ v: number }>(
      'select coalesce(max(version), 0)::int as v from schema_migrations',
    );
    if ((v?.v ?? 0) < found.schemaVersion) {
      throw new AppError(
        'bad_input',
        'Bản sao lưu mới hơn phần mềm này: hãy cập nhật Dân Vận trước khi khôi phục.',
      );
    }
    const tables = await tablesInDependencyOrder(tx);
    for (const table of tables) {
      if (transientTables.has(table) || referenceTables.has(table)) continue;
      const [row] = await tx.query(`select 1 from ${ident(table)} limit 1`);
      if (row)
        throw new AppError(
          'conflict',
          'Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào cơ sở dữ liệu trống.',
        );
    }
    // The seeded reference data gives way to the backup's, edits and deletions included.
    for (const table of tables) {
      if (referenceTables.has(table) && found.tables && table in found.tables)
        await tx.query(`delete from ${ident(table)}`);
    }
    const selfReferencing = await selfReferencingTables(tx);
    for (const table of tables) {
      const rows = byTable.get(table) ?? [];
      const columns = rows.length ? await insertableColumns(tx, table) : [];
      // A row may point at a row of its own table further on in the file (petitions.repeated_of).
      // Foreign keys are checked at the end of each statement, so such a table goes in one.
      const size = selfReferencing.has(table) ? Math.max(rows.length, 1) : batchSize;
      for (let i = 0; i < rows.length; i += size) {
        const batch = rows.slice(i, i + size) as Record<string, unknown>[];
        // Only the columns the backup has: one added by a later migration takes its default
        // (jsonb_populate_recordset would give it NULL), so an older backup still restores.
        const list = columns
          .filter((c) => batch.some((r) => r !== null && typeof r === 'object' && c in r))
          .map(ident)
          .join(', ');
        await tx.query(
          `insert into ${ident(table)} (${list}) overriding system value
           select ${list} from jsonb_populate_recordset(null::${ident(table)}, $1::jsonb)`,
          [JSON.stringify(batch)],
        );
      }
      await resetIdentities(tx, table);
      onTable?.(table, rows.length);
    }
    const unknown = [...byTable.keys()].filter((t) => !tables.includes(t));
    if (unknown.length)
      throw new AppError('bad_input', `Bản sao lưu có bảng không biết: ${unknown.join(', ')}.`);
  });
  return found;
}

async function selfReferencingTables(tx: Pick<Database, 'query'>): Promise<Set<string>> {
  const rows = await tx.query<{ t: string }>(
    `select distinct c.relname as t from pg_constraint k join pg_class c on c.oid = k.conrelid
     where k.contype = 'f' and k.conrelid = k.confrelid and c.relnamespace = 'public'::regnamespace`,
  );
  return new Set(rows.map((r) => r.t));
}

async function insertableColumns(tx: Pick<Database, 'query'>, table: string): Promise<string[]> {
  const rows = await tx.query<{ c: string }>(
    `select column_name as c from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.c);
}

async function resetIdentities(tx: Pick<Database, 'query'>, table: string) {
  const cols = await tx.query<{ c: string }>(
    `select column_name as c from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_identity = 'YES'`,
    [table],
  );
  for (const { c } of cols) {
    await tx.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${ident(c)}) from ${ident(table)}), 0) + 1, false)`,
      [table, c],
    );
  }
}

/** Table and column names come from the catalogue, never from input; quoted all the same. */
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
