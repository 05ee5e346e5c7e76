import { positiveInt, str } from '../lib/search.ts';
import { fieldLabels, organisationLabels } from './messages.ts';
import type { Field, Initiative, InitiativeQuery, Organisation } from './types.ts';

/** The list's URL: `nam` (registration year), `linhVuc`, `toChuc`, `thon` (village id), `q`. */
export interface InitiativeSearch {
  /** A year, or `tat-ca` for every year; the current year when absent. */
  nam?: number | typeof ALL_YEARS;
  linhVuc?: Field;
  toChuc?: Organisation;
  thon?: string;
  q?: string;
}

export const ALL_YEARS = 'tat-ca';

const isField = (v: string | undefined): v is Field => v !== undefined && v in fieldLabels;
const isOrganisation = (v: string | undefined): v is Organisation =>
  v !== undefined && v in organisationLabels;

export function validateInitiativeSearch(s: Record<string, unknown>): InitiativeSearch {
  const nam = positiveInt(s.nam);
  const linhVuc = str(s.linhVuc);
  const toChuc = str(s.toChuc);
  return {
    nam: s.nam === ALL_YEARS ? ALL_YEARS : nam && nam >= 2000 && nam <= 2100 ? nam : undefined,
    linhVuc: isField(linhVuc) ? linhVuc : undefined,
    toChuc: isOrganisation(toChuc) ? toChuc : undefined,
    thon: str(s.thon),
    q: str(s.q),
  };
}

/** What the server filters (year, field, accent-insensitive text); organisation and village are filtered here. */
export function serverQuery(s: InitiativeSearch, currentYear: number): InitiativeQuery {
  return { year: s.nam === ALL_YEARS ? undefined : (s.nam ?? currentYear), field: s.linhVuc, q: s.q };
}

/** `thon=toan-xa` keeps the initiatives that run across the whole commune (no village). */
export const WHOLE_COMMUNE = 'toan-xa';

export function filterInitiatives(items: readonly Initiative[], s: InitiativeSearch): Initiative[] {
  return items.filter(
    (i) =>
      (!s.toChuc || i.organisation === s.toChuc) &&
      (!s.thon || (s.thon === WHOLE_COMMUNE ? i.villageId === null : i.villageId === s.thon)),
  );
}

/** Initiatives that copied `id` (their "replicated from" points at it). */
export const replicasOf = (items: readonly Initiative[], id: string) =>
  items.filter((i) => i.replicatedFrom?.id === id);
