import type { Role } from '../lib/types.ts';

/** Province reviewers and administrators see several communes and pick one. */
export function canSwitchCommune(role: Role): boolean {
  return role === 'province' || role === 'admin';
}

/** The audit log is for commune leaders and administrators. */
export function canViewAudit(role: Role): boolean {
  return role === 'leader' || role === 'admin';
}
