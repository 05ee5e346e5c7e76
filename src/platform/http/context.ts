import type { FastifyRequest } from 'fastify';
import { type Ctx, withContext } from '../context.ts';
import type { Database } from '../db/types.ts';

/** Runs domain work for a request: its actor, its tenancy scope, one transaction, its request id. */
export function runFor(db: Database) {
  return <T>(request: FastifyRequest, fn: (ctx: Ctx) => Promise<T>) =>
    withContext(db, request.actor, fn, { requestId: String(request.id) });
}

/** For the citizen portal: no account, read-only, and only what public presenters let through. */
export function runPublic(db: Database) {
  return <T>(request: FastifyRequest, fn: (ctx: Ctx) => Promise<T>) =>
    withContext(db, null, fn, { requestId: String(request.id), publicReadOnly: true });
}

/** A citizen's write through the portal, limited to one commune (resolved from the URL first). */
export function runPublicWrite(db: Database) {
  return <T>(request: FastifyRequest, communeId: string, fn: (ctx: Ctx) => Promise<T>) =>
    withContext(db, null, fn, { requestId: String(request.id), publicWriteCommune: communeId });
}
