import { Select } from '@mantine/core';
import { wordFilter } from '../lib/word-filter.ts';
import { useDocuments } from './queries.ts';

/**
 * Picks a document of the commune's register for the records that rest on one (a consultation,
 * a disclosure). The latest 500 are offered; typing filters them without accents.
 */
export function DocumentSelect(props: {
  communeId: string | undefined;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const docs = useDocuments(props.communeId, { limit: 500 });
  const data = (docs.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.reference} · ${d.summary}` }));
  return (
    <Select
      label={props.label}
      data={data}
      value={props.value}
      onChange={props.onChange}
      filter={wordFilter}
      searchable
      clearable
      disabled={docs.isPending}
      maxDropdownHeight={320}
      error={props.error ?? (docs.isError ? docs.error.message : undefined)}
    />
  );
}
