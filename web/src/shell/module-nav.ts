import type { Role } from '../lib/types.ts';

/** What AppLayout hands each module's menu section (web/src/<module>/Nav.tsx). */
export interface ModuleNavProps {
  pathname: string;
  role: Role;
  /** Closes the menu on phones after a link is followed. */
  onNavigate: () => void;
}
