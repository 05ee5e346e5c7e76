import { str } from '../lib/search.ts';
import type { ConsultationStatus } from './types.ts';

export interface DraftSearch {
  q?: string;
  status?: ConsultationStatus;
}

const statuses: readonly string[] = [
  'scheduled',
  'open',
  'closed',
  'published',
] satisfies ConsultationStatus[];

/** The list's filters live in the URL, so the back button and a copied link keep them. */
export function validateDraftSearch(s: Record<string, unknown>): DraftSearch {
  const q = str(s.q);
  const status = str(s.status);
  return {
    q: q ? q.slice(0, 200) : undefined,
    status: status && statuses.includes(status) ? (status as ConsultationStatus) : undefined,
  };
}
