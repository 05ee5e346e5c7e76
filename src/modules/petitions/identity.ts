import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import type { CheckedFile } from './files.ts';
import { insertAttachment, selectAttachments } from './queries.ts';
import type { DenouncerIdentity } from './schema.ts';

/**
 * The denouncer's identity (Luật Tố cáo 2018, arts. 8, 9(1)(b), ch. V): name, address, contact
 * and handwriting scans are confidential. They are stored apart (petition_identities and
 * identity attachments), hidden by row-level security unless unlocked here for one petition, and
 * shown only to the commune's leader and the official assigned to the denunciation. Every read
 * is audited as a 'view'.
 */
export function mayReadIdentity(
  ctx: Ctx,
  communeId: string,
  p: { assignedOfficialId: string | null },
): boolean {
  const a = ctx.kind === 'user' ? ctx.actor : null;
  if (!a || a.communeId !== communeId) return false;
  return a.role === 'leader' || a.id === p.assignedOfficialId;
}

async function unlocked<T>(tx: Queryable, petitionId: string, fn: () => Promise<T>): Promise<T> {
  await tx.query(`select set_config('danvan.identity', $1, true)`, [petitionId]);
  try {
    return await fn();
  } finally {
    await tx.query(`select set_config('danvan.identity', '', true)`);
  }
}

/**
 * An identity read in the audit log: who, when, which petition — never the identity itself.
 * platform/audit.ts knows create/update/delete; reads have their own action (migration 0005).
 */
async function recordView(ctx: Ctx, communeId: string, petitionId: string, what: string) {
  await ctx.tx.query(
    `insert into audit_log (commune_id, actor_id, actor_username, entity, entity_id, action, after, request_id)
     values ($1, $2, $3, 'petition_identity', $4, 'view', $5, $6)`,
    [
      communeId,
      ctx.actor?.id ?? null,
      ctx.actor?.username ?? 'system',
      petitionId,
      JSON.stringify({ read: what }),
      ctx.requestId ?? null,
    ],
  );
}

export interface IdentityInput {
  name: string;
  address?: string | null;
  contact?: string | null;
  note?: string | null;
}

export const nameKey = (name: string) => searchKey(name);

/** Stores a denouncer's identity at receipt; the audit row says that it was recorded, not what. */
export async function storeIdentity(ctx: Ctx, communeId: string, petitionId: string, s: IdentityInput) {
  await ctx.tx.query(
    `insert into petition_identities (commune_id, petition_id, full_name, address, contact, note, name_key)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      communeId,
      petitionId,
      s.name.normalize('NFC'),
      s.address?.normalize('NFC') ?? null,
      s.contact ?? null,
      s.note?.normalize('NFC') ?? null,
      nameKey(s.name),
    ],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'petition_identity',
    entityId: petitionId,
    action: 'create',
    after: { recorded: ['fullName', ...(s.address ? ['address'] : []), ...(s.contact ? ['contact'] : [])] },
  });
}

/** Stores a scan of a denunciation (handwriting) as part of the identity. */
export async function storeIdentityFile(ctx: Ctx, communeId: string, petitionId: string, f: CheckedFile) {
  return insertAttachment(ctx.tx, {
    communeId,
    petitionId,
    ...f,
    identity: true,
    uploadedBy: ctx.actor?.id ?? null,
  });
}

/**
 * The identity for a reader allowed to see it (audited), or undefined for anyone else — the
 * caller leaves the field out altogether.
 */
export async function readIdentity(
  ctx: Ctx,
  communeId: string,
  p: { id: string; kind: string; anonymous: boolean; assignedOfficialId: string | null },
): Promise<DenouncerIdentity | undefined> {
  if (p.kind !== 'denunciation' || p.anonymous || !mayReadIdentity(ctx, communeId, p)) return undefined;
  const found = await unlocked(ctx.tx, p.id, async () => {
    const [row] = await ctx.tx.query<{
      fullName: string;
      address: string | null;
      contact: string | null;
      note: string | null;
    }>(
      `select full_name as "fullName", address, contact, note from petition_identities
       where commune_id = $1 and petition_id = $2`,
      [communeId, p.id],
    );
    return row ? { ...row, files: await selectAttachments(ctx.tx, communeId, p.id, true) } : undefined;
  });
  if (found) await recordView(ctx, communeId, p.id, 'identity');
  return found;
}

/** The bytes of an identity scan, for the same readers, audited. */
export async function readIdentityFile(
  ctx: Ctx,
  communeId: string,
  p: { id: string; assignedOfficialId: string | null },
  attachmentId: string,
): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
  if (!mayReadIdentity(ctx, communeId, p)) {
    throw forbidden(
      'Chỉ lãnh đạo UBND và cán bộ được giao xử lý đơn mới được xem tài liệu có thông tin người tố cáo.',
    );
  }
  const file = await unlocked(ctx.tx, p.id, async () => {
    const [row] = await ctx.tx.query<{ fileName: string; mediaType: string; content: Uint8Array }>(
      `select file_name as "fileName", media_type as "mediaType", content from petition_attachments
       where commune_id = $1 and petition_id = $2 and id = $3 and identity`,
      [communeId, p.id, attachmentId],
    );
    return row;
  });
  if (!file) throw new AppError('not_found', 'Tệp đính kèm không tồn tại.');
  await recordView(ctx, communeId, p.id, `file ${attachmentId}`);
  return file;
}
