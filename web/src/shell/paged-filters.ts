import { useState } from 'react';

/** A paged list's filters and page number: a change of filter goes back to the first page. */
export function usePagedFilters<F extends object>(pageSize: number) {
  const [page, setPage] = useState(1);
  const [filters, setFilters] = useState<Partial<F>>({});
  const refine = (change: Partial<F>) => {
    setFilters((prev) => ({ ...prev, ...change }));
    setPage(1);
  };
  return {
    filters,
    refine,
    /** What the list's query asks for: this page's rows. */
    window: { limit: pageSize, offset: (page - 1) * pageSize },
    /** Props for the Pager under the list, given how many rows there are. */
    pager: (total: number) => ({ total, pageSize, page, onChange: setPage }),
  };
}
