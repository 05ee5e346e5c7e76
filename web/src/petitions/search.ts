import { positiveInt, str } from '../lib/search.ts';
import { kindLabels, list, statusLabels, topicLabels } from './messages.ts';
import type { PetitionKind, PetitionStatus, PetitionView, Topic } from './types.ts';

export interface PetitionSearch {
  q?: string;
  kind?: PetitionKind;
  status?: PetitionStatus;
  topic?: Topic;
  view?: PetitionView;
  page?: number;
}

const oneOf = <T extends string>(v: unknown, allowed: Record<T, unknown>): T | undefined => {
  const s = str(v);
  return s && Object.hasOwn(allowed, s) ? (s as T) : undefined;
};

/** Filters live in the URL, so the back button and a copied link keep them. */
export function validatePetitionSearch(s: Record<string, unknown>): PetitionSearch {
  const q = str(s.q);
  return {
    q: q ? q.slice(0, 200) : undefined,
    kind: oneOf(s.kind, kindLabels),
    status: oneOf(s.status, statusLabels),
    topic: oneOf(s.topic, topicLabels),
    view: oneOf(s.view, list.views),
    page: positiveInt(s.page),
  };
}
