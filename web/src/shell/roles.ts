import type { Role } from '../lib/types.ts';

/** Province reviewers and administrators see several communes and pick one. */
export function canSwitchCommune(role: Role): boolean {
  return role === 'province' || role === 'admin';
}

/** The audit log is for commune leaders and administrators. */
export function canViewAudit(role: Role): boolean {
  return role === 'leader' || role === 'admin';
}

/** Receiving dossiers, acting on them and editing the catalogue: the commune's staff and admins. */
export function canWriteOnestop(role: Role): boolean {
  return role === 'officer' || role === 'leader' || role === 'admin';
}

/** The working calendar and deadline rules are national data: administrators edit them. */
export function isAdmin(role: Role): boolean {
  return role === 'admin';
}
