import type { RollupRow } from './types.ts';

/** A column of the roll-up table: the commune, the figures' source, the report, or an indicator key. */
export type SortColumn = 'commune' | 'source' | 'report' | string;
export type SortOrder = 'asc' | 'desc';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Issued first, then drafts, then none: "descending" puts the best-prepared communes on top. */
const reportRank = (r: RollupRow) => (r.report?.status === 'final' ? 2 : r.report ? 1 : 0);
const sourceRank = { data: 2, intake: 1, none: 0 } as const;

/**
 * Rows sorted by a column. Communes without the figure go last whichever the order (a missing
 * figure is not a zero); ties keep the commune-name order.
 */
export function sortRows(rows: readonly RollupRow[], column: SortColumn, order: SortOrder): RollupRow[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: RollupRow, b: RollupRow) => collator.compare(a.commune.name, b.commune.name);
  return [...rows].sort((a, b) => {
    if (column === 'commune') return sign * byName(a, b);
    let x: number | null | undefined;
    let y: number | null | undefined;
    if (column === 'source') [x, y] = [sourceRank[a.source], sourceRank[b.source]];
    else if (column === 'report') [x, y] = [reportRank(a), reportRank(b)];
    else [x, y] = [a.values[column], b.values[column]];
    const xMissing = x === null || x === undefined;
    const yMissing = y === null || y === undefined;
    if (xMissing || yMissing) return xMissing === yMissing ? byName(a, b) : xMissing ? 1 : -1;
    return sign * ((x as number) - (y as number)) || byName(a, b);
  });
}

/** The order a column starts in when first clicked: names A→Z, figures largest first. */
export const firstOrder = (column: SortColumn): SortOrder => (column === 'commune' ? 'asc' : 'desc');

/** The aria-sort value of a header. */
export function ariaSort(column: SortColumn, sort: { column: SortColumn; order: SortOrder }) {
  if (column !== sort.column) return 'none' as const;
  return sort.order === 'asc' ? ('ascending' as const) : ('descending' as const);
}
