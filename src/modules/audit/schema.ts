import { z } from 'zod';

export const AuditQuery = z.object({
  communeId: z.uuid().optional(),
  entity: z.string().max(64).optional(),
  action: z.enum(['create', 'update', 'delete', 'view']).optional(),
  actorId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditItem = z.object({
  id: z.number(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
  communeId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete', 'view']),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export const AuditPage = z.object({ items: z.array(AuditItem), total: z.number() });
