import { positiveInt, str } from '../lib/search.ts';
import type { LetterFilter, LetterKind, LetterStatus } from './types.ts';

const statuses: readonly string[] = ['draft', 'sent', 'cancelled'];
const kinds: readonly string[] = ['newborn', 'marriage', 'condolence'];

/** The inbox's URL: drafts unless another status (or `tat-ca`) is asked for. */
export interface LetterSearch extends Omit<LetterFilter, 'status'> {
  status?: LetterStatus | 'all';
}

export function validateLetterSearch(s: Record<string, unknown>): LetterSearch {
  const status = str(s.status);
  const kind = str(s.kind);
  return {
    status:
      status === 'all' || (status && statuses.includes(status))
        ? (status as LetterSearch['status'])
        : undefined,
    kind: kind && kinds.includes(kind) ? (kind as LetterKind) : undefined,
    page: positiveInt(s.page),
  };
}

/** What the API is asked for: a missing status means the drafts waiting to be sent. */
export function letterFilter(s: LetterSearch): LetterFilter {
  const status = s.status ?? 'draft';
  return { status: status === 'all' ? undefined : status, kind: s.kind, page: s.page };
}
