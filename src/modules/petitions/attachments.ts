import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkUploads } from './files.ts';
import { readIdentityFile, storeIdentityFile } from './identity.ts';
import * as q from './queries.ts';
import { getPetition } from './read.ts';

import type { FileUpload, PetitionDetail } from './schema.ts';

/**
 * Attaches a file to a petition. The type is decided by the file's content; anything else is
 * refused before a byte is stored. A denunciation's files belong to its protected identity.
 */
export async function attachFile(
  ctx: Ctx,
  communeId: string,
  id: string,
  file: FileUpload,
): Promise<PetitionDetail> {
  requireStaffWrite(ctx, communeId);
  const p = await q.selectPetition(ctx.tx, communeId, { id }, true);
  if (!p) throw notFound('Đơn');
  const [checked] = checkUploads([file], 'file');
  if (!checked) throw new AppError('validation', 'Chưa có tệp.', { file: 'Chưa có tệp' });
  const identity = p.kind === 'denunciation';
  const attachmentId = identity
    ? await storeIdentityFile(ctx, communeId, id, checked)
    : await q.insertAttachment(ctx.tx, {
        communeId,
        petitionId: id,
        ...checked,
        identity,
        uploadedBy: ctx.actor?.id ?? null,
      });
  await q.insertEvent(ctx.tx, {
    communeId,
    petitionId: id,
    kind: 'attach',
    actorId: ctx.actor?.id ?? null,
    // A denunciation's file name may name the denouncer: the timeline says only that one was added.
    note: identity ? 'Tài liệu thuộc thông tin người tố cáo (bảo mật)' : checked.fileName,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'petition_attachment',
    entityId: attachmentId,
    action: 'create',
    after: {
      petitionId: id,
      mediaType: checked.mediaType,
      sizeBytes: checked.sizeBytes,
      sha256: checked.sha256,
      ...(identity ? { identity: true } : { fileName: checked.fileName }),
    },
  });
  return getPetition(ctx, communeId, id);
}

/** The bytes of an attachment; a denunciation's go through the identity service (audited). */
export async function readAttachment(ctx: Ctx, communeId: string, id: string, attachmentId: string) {
  const p = await q.selectPetition(ctx.tx, communeId, { id });
  if (!p) throw notFound('Đơn');
  const [meta] = await ctx.tx.query<{ identity: boolean }>(
    // Identity rows are invisible here (row-level security), so a protected file reads as absent…
    'select identity from petition_attachments where commune_id = $1 and petition_id = $2 and id = $3',
    [communeId, id, attachmentId],
  );
  // …and is fetched only through the identity service, which checks the reader and audits.
  if (!meta && p.kind === 'denunciation') return readIdentityFile(ctx, communeId, p, attachmentId);
  const [row] = await ctx.tx.query<{ fileName: string; mediaType: string; content: Uint8Array }>(
    `select file_name as "fileName", media_type as "mediaType", content from petition_attachments
     where commune_id = $1 and petition_id = $2 and id = $3`,
    [communeId, id, attachmentId],
  );
  if (!row) throw new AppError('not_found', 'Tệp đính kèm không tồn tại.');
  return row;
}
