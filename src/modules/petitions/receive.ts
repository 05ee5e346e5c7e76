import { createHash, randomInt } from 'node:crypto';
import { addDays } from '../../domain/calendar/index.ts';
import { vnDate } from '../../domain/calendar/local-date.ts';
import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { listDeadlineRules, loadCalendar } from '../calendar/service.ts';
import { getCommune } from '../units/service.ts';
import { intakeRuleKey, stageDeadline } from './deadlines.ts';
import type { CheckedFile } from './files.ts';
import { nameKey, storeIdentity, storeIdentityFile } from './identity.ts';
import * as q from './queries.ts';
import { getPetition, present } from './read.ts';
import {
  type PetitionChannel,
  type PetitionKind,
  type PetitionReceipt,
  ReceiveInput,
  type ReceiveInput as ReceiveInputType,
  type Topic,
} from './schema.ts';
import { similarSubjects } from './similarity.ts';

// Unambiguous characters only: the secret is read off paper.
const secretAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newSecret = () =>
  Array.from({ length: 8 }, () => secretAlphabet[randomInt(secretAlphabet.length)]).join('');
export const hashSecret = (secret: string) =>
  createHash('sha256').update(secret.trim().toUpperCase()).digest('hex');

export const petitionSearchText = (p: { code: string; subject: string; submitterName: string | null }) =>
  searchKey(`${p.code} ${p.subject} ${p.submitterName ?? ''}`);

export interface NewPetition {
  kind: PetitionKind;
  channel: PetitionChannel;
  receivedDate: string;
  receptionSessionId?: string | null;
  forwardedBy?: string | null;
  anonymous: boolean;
  submitter?: { name: string; address?: string | null; contact?: string | null; note?: string | null } | null;
  subject: string;
  topic: Topic;
  content: string;
  overLevel?: boolean;
  files?: readonly CheckedFile[];
}

/**
 * Records a petition (desk or portal) with its intake deadline, finds whether the same person
 * already sent the same matter (diacritics-insensitive), and keeps a denouncer's identity apart.
 * Returns the new id and the citizen's secret (shown once).
 */
export async function insertPetition(
  ctx: Ctx,
  communeId: string,
  communeCode: string,
  p: NewPetition,
): Promise<{ id: string; secret: string }> {
  const denunciation = p.kind === 'denunciation';
  const submitterKey = p.submitter && !denunciation ? searchKey(p.submitter.name) : null;
  const code = await q.nextCode(ctx.tx, communeId, `${communeCode}-DT${p.receivedDate.slice(2, 4)}-`);
  const [rules, calendar] = [await listDeadlineRules(ctx), await loadCalendar(ctx)];
  const intake = stageDeadline(rules, intakeRuleKey[p.kind], calendar, { receivedDate: p.receivedDate });

  const none = '00000000-0000-0000-0000-000000000000';
  const earlier =
    p.submitter && !p.anonymous
      ? denunciation
        ? await q.selectByDenouncer(ctx.tx, communeId, nameKey(p.submitter.name), none)
        : await q.selectBySubmitter(ctx.tx, communeId, submitterKey as string, none)
      : [];
  const repeatedOf = earlier.find((e) => similarSubjects(e.subject, p.subject))?.id ?? null;

  const secret = newSecret();
  const subject = p.subject.normalize('NFC');
  const submitterName = denunciation ? null : (p.submitter?.name.normalize('NFC') ?? null);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into petitions (commune_id, code, secret_hash, kind, channel, reception_session_id, forwarded_by, anonymous,
       submitter_name, submitter_address, submitter_contact, submitter_key, subject, subject_key, topic, content, status,
       received_date, intake_rule_key, intake_rule_from, intake_due_date, due_date, repeated_of, over_level, search_text)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'received', $17, $18, $19, $20, $20,
       $21, $22, $23)
     returning id`,
    [
      communeId,
      code,
      hashSecret(secret),
      p.kind,
      p.channel,
      p.receptionSessionId ?? null,
      p.forwardedBy ?? null,
      p.anonymous,
      submitterName,
      denunciation ? null : (p.submitter?.address?.normalize('NFC') ?? null),
      denunciation ? null : (p.submitter?.contact ?? null),
      submitterKey,
      subject,
      searchKey(subject),
      p.topic,
      p.content.normalize('NFC'),
      p.receivedDate,
      intake?.ruleKey ?? null,
      intake?.ruleEffectiveFrom ?? null,
      intake?.dueDate ?? null,
      repeatedOf,
      p.overLevel ?? p.channel === 'forwarded',
      petitionSearchText({ code, subject, submitterName }),
    ],
  );
  const id = (row as { id: string }).id;
  if (denunciation && p.submitter && !p.anonymous) await storeIdentity(ctx, communeId, id, p.submitter);
  for (const f of p.files ?? []) {
    // A denunciation's scans carry the denouncer's handwriting: they belong to the identity.
    if (denunciation) await storeIdentityFile(ctx, communeId, id, f);
    else
      await q.insertAttachment(ctx.tx, {
        communeId,
        petitionId: id,
        ...f,
        identity: false,
        uploadedBy: ctx.actor?.id ?? null,
      });
  }
  await q.insertEvent(ctx.tx, {
    communeId,
    petitionId: id,
    kind: 'receive',
    actorId: ctx.actor?.id ?? null,
    data: { channel: p.channel, dueDate: intake?.dueDate ?? null, repeatedOf },
  });
  const created = await q.selectPetition(ctx.tx, communeId, { id });
  await recordAudit(ctx, {
    communeId,
    entity: 'petition',
    entityId: id,
    action: 'create',
    after: present(created as q.PetitionRow, vnDate(ctx.asOf)),
  });
  return { id, secret };
}

/** Checks a date a user gives for something that already happened. */
export function pastDate(
  date: string,
  today: string,
  field: string,
  notBefore?: { date: string; label: string },
) {
  if (date > today)
    throw new AppError('validation', 'Ngày không được sau hôm nay.', { [field]: 'Sau ngày hôm nay' });
  if (date < addDays(today, -3660)) {
    throw new AppError('validation', 'Ngày quá xa trong quá khứ (tối đa 10 năm).', {
      [field]: 'Quá 10 năm trước',
    });
  }
  if (notBefore && date < notBefore.date) {
    throw new AppError('validation', `Ngày không được trước ${notBefore.label}.`, {
      [field]: `Trước ${notBefore.label}`,
    });
  }
}

/** Receives a petition at the desk (at reception, by mail, forwarded by a higher level). */
export async function receivePetition(
  ctx: Ctx,
  communeId: string,
  raw: ReceiveInputType,
): Promise<PetitionReceipt> {
  requireStaffWrite(ctx, communeId);
  const input = ReceiveInput.parse(raw);
  const commune = await getCommune(ctx, { id: communeId });
  const today = vnDate(ctx.asOf);
  const receivedDate = input.receivedDate ?? today;
  pastDate(receivedDate, today, 'receivedDate');
  if (input.receptionSessionId) {
    const [session] = await ctx.tx.query<{ date: string }>(
      'select session_date as date from reception_sessions where commune_id = $1 and id = $2',
      [communeId, input.receptionSessionId],
    );
    if (!session) throw notFound('Buổi tiếp công dân');
  }
  const { id, secret } = await insertPetition(ctx, communeId, commune.code, { ...input, receivedDate });
  return { ...(await getPetition(ctx, communeId, id)), secret };
}
