import { isoDate, positiveInt, str } from '../lib/search.ts';
import type { DeskView, DossierStatus } from './types.ts';

export interface DossierSearch {
  q?: string;
  status?: DossierStatus;
  view?: DeskView;
  from?: string;
  to?: string;
  page?: number;
}

const statuses: readonly string[] = [
  'received',
  'supplement_requested',
  'processing',
  'returned',
  'rejected',
  'withdrawn',
] satisfies DossierStatus[];
const views: readonly string[] = ['dueToday', 'overdue', 'awaitingSupplement', 'open'] satisfies DeskView[];

/** Filters live in the URL, so the back button and a copied link keep them. */
export function validateDossierSearch(s: Record<string, unknown>): DossierSearch {
  const status = str(s.status);
  const view = str(s.view);
  const q = str(s.q);
  return {
    q: q ? q.slice(0, 200) : undefined,
    status: status && statuses.includes(status) ? (status as DossierStatus) : undefined,
    view: view && views.includes(view) ? (view as DeskView) : undefined,
    from: isoDate(s.from),
    to: isoDate(s.to),
    page: positiveInt(s.page),
  };
}

/** A dossier still open whose appointment date has passed. */
export function isOverdue(d: { status: DossierStatus; dueDate: string }, today: string): boolean {
  return (
    (d.status === 'received' || d.status === 'processing' || d.status === 'supplement_requested') &&
    d.dueDate < today
  );
}
