import { formatPercent } from '../../domain/vi/index.ts';
import {
  categories,
  categoryLabels,
  degreeLabels,
  degrees,
  managementGrades,
  managementLabels,
  type Official,
  type Rating,
  ratingLabels,
  ratings,
  type StaffTable,
  theoryLabels,
  theoryLevels,
} from './schema.ts';

/** Officials in post on `date`: joined by then (or date unknown) and not yet left. */
export const inPost = (o: Pick<Official, 'joinedOn' | 'leftOn'>, date: string) =>
  (!o.joinedOn || o.joinedOn <= date) && (!o.leftOn || o.leftOn > date);

export const ratingOf = (o: Pick<Official, 'ratings'>, year: number): Rating | 'notRated' =>
  o.ratings.find((r) => r.year === year)?.rating ?? 'notRated';

/**
 * The staff table of the reports, as a pure function of the roster: every breakdown covers the
 * same officials, so each one adds up to the total; ratings are those of `year`.
 */
export function staffTable(roster: readonly Official[], date: string, year: number): StaffTable {
  const staff = roster.filter((o) => inPost(o, date));
  const total = staff.length;
  const rows = <K extends string>(keys: readonly K[], labels: Record<K, string>, keyOf: (o: Official) => K) =>
    keys.map((key) => {
      const count = staff.filter((o) => keyOf(o) === key).length;
      return { key, label: labels[key], count, percent: total ? formatPercent(count / total) : '0%' };
    });
  return {
    date,
    year,
    total,
    byCategory: rows(categories, categoryLabels, (o) => o.category),
    byDegree: rows(degrees, degreeLabels, (o) => o.degree),
    byPoliticalTheory: rows(theoryLevels, theoryLabels, (o) => o.politicalTheory),
    byStateManagement: rows(managementGrades, managementLabels, (o) => o.stateManagement),
    byRating: rows([...ratings, 'notRated'] as const, ratingLabels, (o) => ratingOf(o, year)),
  };
}
