import { recordAudit } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { type Ctx, requireRole } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { User, UserInput } from './schema.ts';

const userColumns = `id, username, full_name as "fullName", position, role, duties,
  commune_id as "communeId", province_id as "provinceId"`;

/** Creates an account. Admins (or the system, from the CLI) only. */
export async function addUser(ctx: Ctx, raw: UserInput): Promise<User> {
  requireRole(ctx, 'admin');
  const input = UserInput.parse(raw);
  const unitError = (field: string, message: string) =>
    new AppError('validation', message, { [field]: message });

  let communeId: string | null = null;
  let provinceId: string | null = null;
  if (input.role === 'officer' || input.role === 'leader') {
    if (!input.communeCode)
      throw unitError('communeCode', 'Cán bộ xã phải thuộc một xã, phường (communeCode).');
    const [c] = await ctx.tx.query<{ id: string }>('select id from communes where code = $1', [
      input.communeCode,
    ]);
    if (!c) throw unitError('communeCode', `Không có xã, phường mã ${input.communeCode}.`);
    communeId = c.id;
  } else if (input.role === 'province') {
    if (!input.provinceCode)
      throw unitError('provinceCode', 'Chuyên viên tỉnh phải thuộc một tỉnh (provinceCode).');
    const [p] = await ctx.tx.query<{ id: string }>('select id from provinces where code = $1', [
      input.provinceCode,
    ]);
    if (!p) throw unitError('provinceCode', `Không có tỉnh mã ${input.provinceCode}.`);
    provinceId = p.id;
  }
  const [taken] = await ctx.tx.query('select 1 from users where username = $1', [input.username]);
  if (taken)
    throw new AppError('conflict', `Tên đăng nhập ${input.username} đã có.`, { username: 'Đã được dùng' });

  const [row] = await ctx.tx.query<User>(
    `insert into users (username, password_hash, full_name, position, role, duties, commune_id, province_id, demo)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${userColumns}`,
    [
      input.username,
      await hashPassword(input.password),
      input.fullName,
      input.position ?? null,
      input.role,
      input.duties,
      communeId,
      provinceId,
      input.demo,
    ],
  );
  const user = User.parse(row);
  await recordAudit(ctx, { communeId, entity: 'user', entityId: user.id, action: 'create', after: user });
  return user;
}

export async function changePassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated', 'Bạn cần đăng nhập.');
  // Row-level security lets every user read and update their own row (users_self_* policies).
  const [row] = await ctx.tx.query<{ hash: string }>(
    'select password_hash as hash from users where id = $1',
    [actor.id],
  );
  if (!row || !(await verifyPassword(currentPassword, row.hash))) {
    throw new AppError('validation', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Không đúng' });
  }
  await ctx.tx.query('update users set password_hash = $1, password_changed_at = now() where id = $2', [
    await hashPassword(newPassword),
    actor.id,
  ]);
  await recordAudit(ctx, {
    communeId: actor.communeId,
    entity: 'user',
    entityId: actor.id,
    action: 'update',
    // Never the hash itself: only that it changed.
    before: { password: '(cũ)' },
    after: { password: '(đã đổi)' },
  });
}
