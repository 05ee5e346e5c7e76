import { isoDate, positiveInt, str } from '../lib/search.ts';
import type { AuditAction } from '../lib/types.ts';

export interface AuditSearch {
  /** An administrator's view of every commune and the system's own entries. */
  scope?: 'all';
  entity?: string;
  action?: AuditAction;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
}

const actions: readonly string[] = ['create', 'update', 'delete'] satisfies AuditAction[];

/** Filters live in the URL, so the back button and a copied link keep them. */
export function validateAuditSearch(s: Record<string, unknown>): AuditSearch {
  const action = str(s.action);
  return {
    scope: s.scope === 'all' ? 'all' : undefined,
    entity: str(s.entity),
    action: action && actions.includes(action) ? (action as AuditAction) : undefined,
    actorId: str(s.actorId),
    from: isoDate(s.from),
    to: isoDate(s.to),
    page: positiveInt(s.page),
  };
}
