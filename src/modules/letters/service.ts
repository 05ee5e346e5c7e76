import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite, requireWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';

import { vnDateTime } from '../onestop/appointment.ts';
import { presentNames } from '../onestop/dossiers.ts';
import type { DossierReturnedListener } from '../onestop/events.ts';
import { getCommune } from '../units/service.ts';
import { renderLetterDocx } from './docx.ts';
import {
  kindLabels,
  kindOfEvent,
  type Letter,
  type LetterAction,
  type LetterKind,
  LetterPatch,
  type LetterQuery,
  type LetterStatus,
  letterKinds,
  type Paper,
  SubjectNames,
  statusLabels,
  type Template,
  TemplateInput,
} from './schema.ts';
import {
  allowedActions,
  defaultTemplates,
  fillTemplate,
  isComplete,
  letterValues,
  placeholders,
} from './templates.ts';

const today = (ctx: Ctx) => vnDateTime(ctx.asOf).date;
/** "Xã Tân Phú" → "xã Tân Phú", as it reads inside a sentence. */
const inSentence = (communeName: string) =>
  communeName.charAt(0).toLocaleLowerCase('vi') + communeName.slice(1);

// --- Templates ----------------------------------------------------------------------------------

export async function listTemplates(ctx: Ctx, communeId: string): Promise<Template[]> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<{ kind: LetterKind; title: string; body: string; paper: Paper }>(
    'select kind, title, body, paper from letter_templates where commune_id = $1',
    [communeId],
  );
  return letterKinds.map((kind) => {
    const own = rows.find((r) => r.kind === kind);
    const def = defaultTemplates[kind];
    // The recipient line is stored as the template body's first line, "Kính gửi: …".
    const [first, ...rest] = (own?.body ?? '').split('\n');
    return {
      kind,
      kindLabel: kindLabels[kind],
      title: own?.title ?? def.title,
      recipient: own ? (first ?? '').replace(/^Kính gửi:\s*/, '') : def.recipient,
      body: own ? rest.join('\n') : def.body,
      paper: own?.paper ?? def.paper,
      isDefault: !own,
      placeholders: [...placeholders],
    };
  });
}

export async function saveTemplate(ctx: Ctx, communeId: string, kind: LetterKind, raw: unknown) {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'officer', 'leader', 'admin');
  const input = TemplateInput.parse(raw);
  const before = (await listTemplates(ctx, communeId)).find((t) => t.kind === kind);
  await ctx.tx.query(
    `insert into letter_templates (commune_id, kind, title, body, paper) values ($1, $2, $3, $4, $5)
     on conflict (commune_id, kind) do update set title = excluded.title, body = excluded.body, paper = excluded.paper,
       updated_at = now()`,
    [communeId, kind, input.title, `Kính gửi: ${input.recipient}\n${input.body}`, input.paper],
  );
  const after = (await listTemplates(ctx, communeId)).find((t) => t.kind === kind) as Template;
  await recordAudit(ctx, {
    communeId,
    entity: 'letter_template',
    entityId: kind,
    action: 'update',
    before,
    after,
  });
  return after;
}

// --- Names on the dossier -----------------------------------------------------------------------

/** Records who a civil-status dossier is about (the child and parents, the spouses, the deceased). */
export async function setSubjectNames(ctx: Ctx, communeId: string, dossierId: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const names = SubjectNames.parse(raw);
  const [before] = await ctx.tx.query<{ names: SubjectNames | null }>(
    'select subject_names as names from dossiers where commune_id = $1 and id = $2 for update',
    [communeId, dossierId],
  );
  if (!before) throw notFound('Hồ sơ');
  const clean = presentNames(names) ?? {};
  await ctx.tx.query(
    'update dossiers set subject_names = $3, updated_at = now() where commune_id = $1 and id = $2',
    [communeId, dossierId, JSON.stringify(clean)],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'dossier',
    entityId: dossierId,
    action: 'update',
    before: { subjectNames: before.names },
    after: { subjectNames: clean },
  });
  return clean;
}

// --- Letters ------------------------------------------------------------------------------------

/** A template's recipient line and body with the dossier's names in place. */
const fillLetter = (
  t: Template,
  names: SubjectNames | null,
  applicant: string | null,
  communeName: string,
) => {
  const values = letterValues(names, applicant, inSentence(communeName));
  return { recipient: fillTemplate(t.recipient, values).text, body: fillTemplate(t.body, values).text };
};

interface LetterRow {
  id: string;
  dossierId: string;
  dossierCode: string;
  procedureName: string;
  returnedDate: string | null;
  kind: LetterKind;
  status: LetterStatus;
  recipient: string;
  title: string;
  body: string;
  paper: Paper;
  letterDate: string;
  signerName: string;
  sentDate: string | null;
  subjectNames: SubjectNames | null;
}
const columns = `l.id, l.dossier_id as "dossierId", d.code as "dossierCode", d.procedure_name as "procedureName",
  d.returned_date as "returnedDate", l.kind, l.status, l.recipient, l.title, l.body, l.paper, l.letter_date as "letterDate",
  l.signer_name as "signerName", l.sent_date as "sentDate", d.subject_names as "subjectNames"`;
const from = 'letters l join dossiers d on d.commune_id = l.commune_id and d.id = l.dossier_id';

const present = (r: LetterRow): Letter => ({
  ...r,
  kindLabel: kindLabels[r.kind],
  statusLabel: statusLabels[r.status],
  complete: isComplete(r.recipient, r.body),
  actions: [...allowedActions[r.status]],
});

export async function getLetter(ctx: Ctx, communeId: string, id: string): Promise<Letter> {
  const [row] = await ctx.tx.query<LetterRow>(
    `select ${columns} from ${from} where l.commune_id = $1 and l.id = $2`,
    [communeId, id],
  );
  if (!row) throw notFound('Thư');
  return present(row);
}

export async function listLetters(ctx: Ctx, communeId: string, f: LetterQuery) {
  await getCommune(ctx, { id: communeId });
  const where = `l.commune_id = $1 and ($2::text is null or l.status = $2) and ($3::text is null or l.kind = $3)
    and ($4::date is null or l.letter_date >= $4) and ($5::date is null or l.letter_date <= $5)
    and ($6::uuid is null or l.dossier_id = $6)`;
  const params = [
    communeId,
    f.status ?? null,
    f.kind ?? null,
    f.from ?? null,
    f.to ?? null,
    f.dossierId ?? null,
  ];
  const rows = await ctx.tx.query<LetterRow>(
    `select ${columns} from ${from} where ${where} order by l.letter_date desc, d.code desc limit $7 offset $8`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from ${from} where ${where}`,
    params,
  );
  return { items: rows.map(present), total: count?.n ?? 0 };
}

/** The Chairman, from the officials roster, else from the accounts' positions. */
export async function chairmanName(ctx: Ctx, communeId: string): Promise<string> {
  const [row] = await ctx.tx.query<{ name: string }>(
    `select full_name as name from officials where commune_id = $1 and left_on is null
       and position ilike 'Chủ tịch%' order by created_at limit 1`,
    [communeId],
  );
  if (row) return row.name;
  const [user] = await ctx.tx.query<{ name: string }>(
    `select full_name as name from users where commune_id = $1 and active and position ilike 'Chủ tịch%' limit 1`,
    [communeId],
  );
  return user?.name ?? '';
}

/**
 * Proposes a draft letter for every returned civil-status dossier (procedure flagged birth,
 * marriage or death) that has none yet, with the names filled in from the dossier. Safe to call
 * at any time: a dossier gets at most one letter.
 */
export async function proposeLettersForReturnedDossiers(
  ctx: Ctx,
  communeId: string,
  only?: { dossierId: string },
): Promise<Letter[]> {
  requireStaffWrite(ctx, communeId);
  const commune = await getCommune(ctx, { id: communeId });
  const templates = await listTemplates(ctx, communeId);
  const dossiers = await ctx.tx.query<{
    id: string;
    event: 'birth' | 'marriage' | 'death';
    applicant: string | null;
    names: SubjectNames | null;
  }>(
    `select d.id, p.civil_status_event as event, d.applicant_name as applicant, d.subject_names as names
     from dossiers d join procedures p on p.commune_id = d.commune_id and p.id = d.procedure_id
     where d.commune_id = $1 and d.status = 'returned' and p.civil_status_event is not null
       and not exists (select 1 from letters l where l.commune_id = d.commune_id and l.dossier_id = d.id)
       and ($2::uuid is null or d.id = $2)
     order by d.returned_date, d.code`,
    [communeId, only?.dossierId ?? null],
  );
  const signer = await chairmanName(ctx, communeId);
  const created: Letter[] = [];
  for (const d of dossiers) {
    const kind = kindOfEvent[d.event];
    const t = templates.find((x) => x.kind === kind) as Template;
    const filled = fillLetter(t, d.names, d.applicant, commune.name);
    const [row] = await ctx.tx.query<{ id: string }>(
      `insert into letters (commune_id, dossier_id, kind, recipient, title, body, paper, letter_date, signer_name)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [communeId, d.id, kind, filled.recipient, t.title, filled.body, t.paper, today(ctx), signer],
    );
    const letter = await getLetter(ctx, communeId, (row as { id: string }).id);
    await recordAudit(ctx, {
      communeId,
      entity: 'letter',
      entityId: letter.id,
      action: 'create',
      after: letter,
    });
    created.push(letter);
  }
  return created;
}

/** The desk's hook (onestop/events.ts): a returned civil-status dossier gets its draft at once. */
export const proposeOnReturn: DossierReturnedListener = async (ctx, communeId, dossierId) => {
  await proposeLettersForReturnedDossiers(ctx, communeId, { dossierId });
};

export async function updateLetter(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = LetterPatch.parse(raw);
  const before = await getLetter(ctx, communeId, id);
  if (before.status !== 'draft')
    throw new AppError('conflict', `Thư ở trạng thái "${before.statusLabel}" không sửa được.`);
  const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  await ctx.tx.query(
    `update letters set recipient = $3, title = $4, body = $5, paper = $6, letter_date = $7, signer_name = $8,
       updated_at = now() where commune_id = $1 and id = $2`,
    [communeId, id, next.recipient, next.title, next.body, next.paper, next.letterDate, next.signerName],
  );
  const after = await getLetter(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'letter', entityId: id, action: 'update', before, after });
  return after;
}

export async function actOnLetter(ctx: Ctx, communeId: string, id: string, input: LetterAction) {
  requireStaffWrite(ctx, communeId);
  const before = await getLetter(ctx, communeId, id);
  if (!(before.actions as string[]).includes(input.action)) {
    throw new AppError(
      'conflict',
      `Thư ở trạng thái "${before.statusLabel}" không thể thực hiện thao tác này.`,
    );
  }
  if (input.action === 'markSent') {
    if (!before.complete) {
      throw new AppError('validation', 'Thư còn chỗ trống "……": điền đủ họ tên trước khi gửi.', {
        body: 'Còn thiếu họ tên',
      });
    }
    const sent = input.sentDate ?? today(ctx);
    if (sent > today(ctx) || sent < before.letterDate) {
      throw new AppError('validation', 'Ngày gửi phải từ ngày ghi trên thư đến hôm nay.', {
        sentDate: 'Ngoài khoảng cho phép',
      });
    }
    await ctx.tx.query(
      `update letters set status = 'sent', sent_date = $3, updated_at = now() where commune_id = $1 and id = $2`,
      [communeId, id, sent],
    );
  } else if (input.action === 'refill') {
    if (input.names) await setSubjectNames(ctx, communeId, before.dossierId, input.names);
    await refill(ctx, communeId, before);
  } else {
    await ctx.tx.query(
      `update letters set status = 'cancelled', updated_at = now() where commune_id = $1 and id = $2`,
      [communeId, id],
    );
  }
  const after = await getLetter(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'letter',
    entityId: id,
    action: 'update',
    before: { status: before.status, recipient: before.recipient, body: before.body },
    after: { status: after.status, sentDate: after.sentDate, recipient: after.recipient, body: after.body },
  });
  return after;
}

/**
 * Writes a draft again from the commune's current template and the dossier's names, for the
 * names recorded (or corrected) after the letter was proposed. The officer's edits are replaced.
 */
async function refill(ctx: Ctx, communeId: string, letter: Letter) {
  const commune = await getCommune(ctx, { id: communeId });
  const t = (await listTemplates(ctx, communeId)).find((x) => x.kind === letter.kind) as Template;
  const [d] = await ctx.tx.query<{ applicant: string | null; names: SubjectNames | null }>(
    'select applicant_name as applicant, subject_names as names from dossiers where commune_id = $1 and id = $2',
    [communeId, letter.dossierId],
  );
  const filled = fillLetter(t, d?.names ?? null, d?.applicant ?? null, commune.name);
  await ctx.tx.query(
    `update letters set recipient = $3, title = $4, body = $5, updated_at = now() where commune_id = $1 and id = $2`,
    [communeId, letter.id, filled.recipient, t.title, filled.body],
  );
}

/** The letter as DOCX for printing and signing. */
export async function letterDocx(ctx: Ctx, communeId: string, id: string) {
  const letter = await getLetter(ctx, communeId, id);
  const commune = await getCommune(ctx, { id: communeId });
  const content = await renderLetterDocx({
    communeName: commune.name,
    date: letter.letterDate,
    title: letter.title,
    recipient: letter.recipient,
    body: letter.body,
    signerTitle: 'CHỦ TỊCH',
    signerName: letter.signerName,
    paper: letter.paper,
  });
  return { name: `thu-${letter.dossierCode}.docx`, content };
}
