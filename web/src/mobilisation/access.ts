import { useSession } from '../lib/queries.ts';
import type { Role } from '../lib/types.ts';
import { canWriteOnestop } from '../shell/roles.ts';

/**
 * Who records initiatives, letters, officials and inspections: the commune's staff and admins,
 * the same people as at the one-stop desk (the server's `staffWrite`); a province reviewer reads.
 */
export function canEditRecords(role: Role | undefined): boolean {
  return role ? canWriteOnestop(role) : false;
}

export function useCanEdit(): boolean {
  return canEditRecords(useSession().data?.user.role);
}
