import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { asBuffer, type CheckedFile } from './files.ts';

export type FileOwner = 'disclosure' | 'initiative';

export interface RecordFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  caption: string | null;
}

/** Photos and scans attached to a record of this issue (bytea; checked before they get here). */
export async function insertRecordFile(
  ctx: Ctx,
  communeId: string,
  owner: { kind: FileOwner; id: string },
  file: CheckedFile,
  caption: string | null,
): Promise<RecordFile> {
  const [row] = await ctx.tx.query<RecordFile>(
    `insert into record_files (commune_id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, content, caption)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     returning id, file_name as "fileName", media_type as "mediaType", size_bytes as "sizeBytes", caption`,
    [
      communeId,
      owner.kind,
      owner.id,
      file.fileName,
      file.mediaType,
      file.sizeBytes,
      file.sha256,
      file.content,
      caption,
    ],
  );
  return row as RecordFile;
}

export async function listRecordFiles(ctx: Ctx, communeId: string, kind: FileOwner, ownerIds: string[]) {
  if (ownerIds.length === 0) return new Map<string, RecordFile[]>();
  const rows = await ctx.tx.query<RecordFile & { ownerId: string }>(
    `select id, owner_id as "ownerId", file_name as "fileName", media_type as "mediaType", size_bytes as "sizeBytes", caption
     from record_files where commune_id = $1 and owner_kind = $2 and owner_id = any($3::uuid[]) order by created_at, id`,
    [communeId, kind, ownerIds],
  );
  const byOwner = new Map<string, RecordFile[]>();
  for (const { ownerId, ...f } of rows)
    (byOwner.get(ownerId) ?? byOwner.set(ownerId, []).get(ownerId))?.push(f);
  return byOwner;
}

export async function readRecordFile(
  ctx: Ctx,
  communeId: string,
  kind: FileOwner,
  ownerId: string,
  id: string,
) {
  const [row] = await ctx.tx.query<{ fileName: string; mediaType: string; content: Uint8Array }>(
    `select file_name as "fileName", media_type as "mediaType", content from record_files
     where commune_id = $1 and owner_kind = $2 and owner_id = $3 and id = $4`,
    [communeId, kind, ownerId, id],
  );
  if (!row) throw notFound('Tệp');
  return { name: row.fileName, mediaType: row.mediaType, content: asBuffer(row.content) };
}
