import type { Role } from '../lib/types.ts';

/** Recording reception, petitions, dialogues and mediation: the commune's staff and admins. */
export function canWriteCivic(role: Role | undefined): boolean {
  return role === 'officer' || role === 'leader' || role === 'admin';
}

/** Assigning a petition to an official is the leader's decision (the API refuses others). */
export function canAssign(role: Role | undefined): boolean {
  return role === 'leader' || role === 'admin';
}
