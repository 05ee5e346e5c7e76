import type { Database, Queryable } from './db/types.ts';
import { AppError, forbidden } from './errors.ts';

export type Role = 'officer' | 'leader' | 'province' | 'admin';

/** Who is acting. `null` in a context means the system itself (CLI provisioning, demo loader). */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  duties: string[];
  communeId: string | null;
  provinceId: string | null;
}

/** Communes an actor may read and write; '*' is every commune. */
export interface Scope {
  read: '*' | string[];
  write: '*' | string[];
}

/** What every domain function receives: never `req`/`res`, never the clock. */
export interface Ctx {
  /** 'system' = CLI and loaders (everything); 'public' = the citizen portal (read-only). */
  kind: 'user' | 'system' | 'public';
  actor: Actor | null;
  scope: Scope;
  tx: Queryable;
  asOf: Date;
  requestId?: string;
}

const systemScope: Scope = { read: '*', write: '*' };
const publicScope: Scope = { read: '*', write: [] };

/**
 * The tenancy guard. Resolves the actor's scope and runs `fn` in one transaction as the
 * `danvan_app` role, whose row-level security policies (migration 0001) hide and protect every
 * row outside that scope — for every query, whoever wrote it.
 */
export async function withContext<T>(
  db: Database,
  actor: Actor | null,
  fn: (ctx: Ctx) => Promise<T>,
  options: {
    requestId?: string;
    asOf?: Date;
    publicReadOnly?: boolean;
    /** A citizen's portal action (a rating, a submission) may write to this one commune. */
    publicWriteCommune?: string;
  } = {},
): Promise<T> {
  const isPublic = options.publicReadOnly || options.publicWriteCommune !== undefined;
  const scope = options.publicWriteCommune
    ? { read: '*' as const, write: [options.publicWriteCommune] }
    : isPublic
      ? publicScope
      : actor
        ? await scopeOf(db, actor)
        : systemScope;
  if (isPublic) actor = null;
  return db.transaction(async (tx) => {
    await tx.exec('set local role danvan_app');
    await tx.query(
      `select set_config('danvan.read', $1, true), set_config('danvan.write', $2, true),
              set_config('danvan.actor', $3, true)`,
      [encode(scope.read), encode(scope.write), actor?.id ?? 'system'],
    );
    const kind = isPublic ? 'public' : actor ? 'user' : 'system';
    return fn({ kind, actor, scope, tx, asOf: options.asOf ?? new Date(), requestId: options.requestId });
  });
}

async function scopeOf(db: Database, actor: Actor): Promise<Scope> {
  switch (actor.role) {
    case 'admin':
      return { read: '*', write: '*' };
    case 'officer':
    case 'leader':
      return actor.communeId
        ? { read: [actor.communeId], write: [actor.communeId] }
        : { read: [], write: [] };
    case 'province': {
      // Reviewers read every commune of their province and write none of their records.
      const rows = await db.query<{ id: string }>('select id from communes where province_id = $1', [
        actor.provinceId,
      ]);
      return { read: rows.map((r) => r.id), write: [] };
    }
  }
}

const encode = (ids: '*' | string[]) => (ids === '*' ? '*' : ids.join(','));

export function canRead(scope: Scope, communeId: string): boolean {
  return scope.read === '*' || scope.read.includes(communeId);
}

export function requireRole(ctx: Ctx, ...roles: Role[]): void {
  if (ctx.kind === 'system') return;
  if (!ctx.actor || !roles.includes(ctx.actor.role)) throw forbidden();
}

/**
 * A commune's staff at work on its records: tenancy first (another commune: 404), then the role (a
 * province reviewer reads but does not write: 403).
 */
export function requireStaffWrite(ctx: Ctx, communeId: string): void {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'officer', 'leader', 'admin');
}

/** A write by a system context or an actor whose scope covers the commune. */
export function requireWrite(ctx: Ctx, communeId: string): void {
  if (ctx.scope.write !== '*' && !ctx.scope.write.includes(communeId)) {
    // Outside the reader's scope the record does not exist for them (404, not 403).
    if (!canRead(ctx.scope, communeId)) throw new AppError('not_found', 'Bản ghi không tồn tại.');
    throw forbidden('Tài khoản của bạn chỉ được xem, không được sửa dữ liệu của xã này.');
  }
}
