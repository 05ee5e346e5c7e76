import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { list, statusLabels } from './messages.ts';
import type { DossierSearch } from './search.ts';
import type { DeskView, DossierStatus } from './types.ts';

type Filter = Omit<DossierSearch, 'page'>;

const statusOptions = [
  { value: '', label: list.allStatuses },
  ...Object.entries(statusLabels).map(([value, label]) => ({ value, label })),
];
const viewOptions = [
  { value: '', label: list.allViews },
  ...Object.entries(list.views).map(([value, label]) => ({ value, label })),
];

/** Search and filters apply on "Lọc" (or Enter in any field). Dates are typed dd/mm/yyyy. */
export function DossierFilters(props: { value: Filter; onApply: (f: Filter) => void }) {
  const [draft, setDraft] = useState<Filter>(props.value);
  const [dates, setDates] = useState({
    from: props.value.from ? formatDate(props.value.from) : '',
    to: props.value.to ? formatDate(props.value.to) : '',
  });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const from = dates.from.trim() ? parseDate(dates.from) : undefined;
    const to = dates.to.trim() ? parseDate(dates.to) : undefined;
    const found = {
      from: from === null ? list.invalidDate : from && to && from > to ? list.dateOrder : undefined,
      to: to === null ? list.invalidDate : undefined,
    };
    setErrors(found);
    if (found.from || found.to) return;
    props.onApply({
      ...draft,
      q: draft.q?.trim() || undefined,
      from: from ?? undefined,
      to: to ?? undefined,
    });
  };

  const onClear = () => {
    setDraft({});
    setDates({ from: '', to: '' });
    setErrors({});
    props.onApply({});
  };

  return (
    <form onSubmit={onSubmit} aria-label={list.filters}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <TextInput
          type="search"
          label={list.q}
          placeholder={list.qPlaceholder}
          value={draft.q ?? ''}
          onChange={(e) => {
            const q = e.currentTarget.value;
            setDraft((d) => ({ ...d, q }));
          }}
        />
        <Select
          label={list.status}
          data={statusOptions}
          value={draft.status ?? ''}
          onChange={(v) => setDraft((d) => ({ ...d, status: (v || undefined) as DossierStatus | undefined }))}
          allowDeselect={false}
        />
        <Select
          label={list.view}
          data={viewOptions}
          value={draft.view ?? ''}
          onChange={(v) => setDraft((d) => ({ ...d, view: (v || undefined) as DeskView | undefined }))}
          allowDeselect={false}
        />
        <DateField
          label={list.from}
          value={dates.from}
          onChange={(from) => setDates((d) => ({ ...d, from }))}
          error={errors.from}
        />
        <DateField
          label={list.to}
          value={dates.to}
          onChange={(to) => setDates((d) => ({ ...d, to }))}
          error={errors.to}
        />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{list.apply}</Button>
        <Button type="button" variant="default" onClick={onClear}>
          {list.clear}
        </Button>
      </Group>
    </form>
  );
}
