import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useCommunes, useSession } from '../lib/queries.ts';
import type { CommuneSummary } from '../lib/types.ts';
import { canSwitchCommune } from './roles.ts';

const STORAGE_KEY = 'danvan.xa';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(id: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Private mode or storage disabled: the URL still carries the choice.
  }
}

export interface CurrentCommune {
  communes: CommuneSummary[];
  current: CommuneSummary | undefined;
  isLoading: boolean;
  error: unknown;
  select: (id: string) => void;
}

/**
 * The commune the staff app is looking at. Officers and leaders have exactly one; province
 * reviewers and admins choose, with the choice in `?xa=` (shareable) and localStorage (remembered).
 */
export function useCurrentCommune(): CurrentCommune {
  const session = useSession().data;
  const { data, isLoading, error } = useCommunes();
  const xa = useSearch({ strict: false, select: (s) => (s as { xa?: string }).xa });
  const navigate = useNavigate();
  const communes = data?.items ?? [];
  const switching = session ? canSwitchCommune(session.user.role) : false;

  const byId = (id: string | null | undefined) => (id ? communes.find((c) => c.id === id) : undefined);
  const current = switching
    ? (byId(xa) ?? byId(readStored()) ?? communes[0])
    : (byId(session?.user.communeId) ?? communes[0]);

  const select = (id: string) => {
    store(id);
    void navigate({ to: '.', search: (prev) => ({ ...prev, xa: id }) });
  };

  // Keep the URL in step with what is shown, so a copied link opens the same commune.
  useEffect(() => {
    if (!switching || !current) return;
    store(current.id);
    if (xa !== current.id)
      void navigate({ to: '.', search: (prev) => ({ ...prev, xa: current.id }), replace: true });
  }, [switching, current, xa, navigate]);

  return { communes, current, isLoading, error, select };
}
