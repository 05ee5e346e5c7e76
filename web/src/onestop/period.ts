import { isoDate, positiveInt, str } from '../lib/search.ts';

export type Preset = 'h1' | 'h2' | 'year' | 'custom';
const presets: readonly string[] = ['h1', 'h2', 'year', 'custom'] satisfies Preset[];

export interface StatsSearch {
  preset?: Preset;
  year?: number;
  from?: string;
  to?: string;
}

export function validateStatsSearch(s: Record<string, unknown>): StatsSearch {
  const preset = str(s.preset);
  const year = positiveInt(s.year);
  return {
    preset: preset && presets.includes(preset) ? (preset as Preset) : undefined,
    year: year && year >= 1900 && year <= 2100 ? year : undefined,
    from: isoDate(s.from),
    to: isoDate(s.to),
  };
}

export interface Period {
  preset: Preset;
  year: number;
  from: string;
  to: string;
  /** The period runs past today: figures stop at today (an open dossier is not "overdue" at a future end). */
  capped: boolean;
}

/**
 * The statistics period from the URL. Default: the half-year that contains today. A period that
 * ends after today is cut at today, as a report written mid-period counts up to its own date.
 */
export function resolvePeriod(search: StatsSearch, today: string): Period {
  const thisYear = Number(today.slice(0, 4));
  const year = search.year ?? thisYear;
  const preset: Preset =
    search.preset ?? (search.from && search.to ? 'custom' : today.slice(5) <= '06-30' ? 'h1' : 'h2');
  let from: string;
  let to: string;
  if (preset === 'custom' && search.from && search.to) {
    from = search.from;
    to = search.to;
  } else if (preset === 'h2') {
    from = `${year}-07-01`;
    to = `${year}-12-31`;
  } else if (preset === 'year') {
    from = `${year}-01-01`;
    to = `${year}-12-31`;
  } else {
    from = `${year}-01-01`;
    to = `${year}-06-30`;
  }
  const capped = to > today && from <= today;
  return {
    preset: preset === 'custom' && !(search.from && search.to) ? 'h1' : preset,
    year,
    from,
    to: capped ? today : to,
    capped,
  };
}
