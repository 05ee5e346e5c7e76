import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite, requireWrite } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';

import { type PetitionKind, SettingsInput, type Template, TemplateInput, type Topic } from './schema.ts';

const columns = `id, kind, topic, title, body, active, updated_at as "updatedAt"`;
type Row = Omit<Template, 'updatedAt'> & { updatedAt: Date };
const present = (r: Row): Template => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() });

export async function listTemplates(
  ctx: Ctx,
  communeId: string,
  f: { kind?: PetitionKind; topic?: Topic; all?: boolean },
): Promise<Template[]> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from petition_templates
     where commune_id = $1 and ($2::text is null or kind = $2) and ($3::text is null or topic = $3) and ($4 or active)
     order by kind, topic, title`,
    [communeId, f.kind ?? null, f.topic ?? null, f.all ?? false],
  );
  return rows.map(present);
}

/** Creates a template, or replaces one (`id`): answers stay as they were sent. */
export async function saveTemplate(
  ctx: Ctx,
  communeId: string,
  raw: TemplateInput,
  id?: string,
): Promise<Template> {
  requireStaffWrite(ctx, communeId);
  const t = TemplateInput.parse(raw);
  if (id) {
    const [before] = await ctx.tx.query<Row>(
      `select ${columns} from petition_templates where commune_id = $1 and id = $2`,
      [communeId, id],
    );
    if (!before) throw notFound('Mẫu trả lời');
    const [after] = await ctx.tx.query<Row>(
      `update petition_templates set kind = $3, topic = $4, title = $5, body = $6, active = $7, updated_at = now()
       where commune_id = $1 and id = $2 returning ${columns}`,
      [communeId, id, t.kind, t.topic, t.title, t.body, t.active],
    );
    const saved = present(after as Row);
    await recordAudit(ctx, {
      communeId,
      entity: 'petition_template',
      entityId: id,
      action: 'update',
      before: present(before),
      after: saved,
    });
    return saved;
  }
  const [row] = await ctx.tx.query<Row>(
    `insert into petition_templates (commune_id, kind, topic, title, body, active) values ($1, $2, $3, $4, $5, $6)
     returning ${columns}`,
    [communeId, t.kind, t.topic, t.title, t.body, t.active],
  );
  const saved = present(row as Row);
  await recordAudit(ctx, {
    communeId,
    entity: 'petition_template',
    entityId: saved.id,
    action: 'create',
    after: saved,
  });
  return saved;
}

// --- Settings ---------------------------------------------------------------------------------

export async function getPetitionSettings(ctx: Ctx, communeId: string): Promise<{ reopenDays: number }> {
  await getCommune(ctx, { id: communeId });
  const [row] = await ctx.tx.query<{ reopenDays: number }>(
    'select petition_reopen_days as "reopenDays" from communes where id = $1',
    [communeId],
  );
  return { reopenDays: row?.reopenDays ?? 30 };
}

/** How long a citizen may reopen answered feedback on the portal. Leaders and administrators. */
export async function putPetitionSettings(
  ctx: Ctx,
  communeId: string,
  raw: unknown,
): Promise<{ reopenDays: number }> {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'leader', 'admin');
  const input = SettingsInput.parse(raw);
  const before = await getPetitionSettings(ctx, communeId);
  await ctx.tx.query('update communes set petition_reopen_days = $2 where id = $1', [
    communeId,
    input.reopenDays,
  ]);
  await recordAudit(ctx, {
    communeId,
    entity: 'petition_settings',
    entityId: communeId,
    action: 'update',
    before,
    after: input,
  });
  return input;
}
