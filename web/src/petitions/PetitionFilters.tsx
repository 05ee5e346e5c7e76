import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { kindLabels, list, statusLabels, topicLabels } from './messages.ts';
import type { PetitionSearch } from './search.ts';

type Filter = Omit<PetitionSearch, 'page'>;

const options = (all: string, labels: Record<string, string>) => [
  { value: '', label: all },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];
const selects = [
  { key: 'kind', label: list.kind, data: options(list.allKinds, kindLabels) },
  { key: 'status', label: list.status, data: options(list.allStatuses, statusLabels) },
  { key: 'topic', label: list.topic, data: options(list.allTopics, topicLabels) },
  { key: 'view', label: list.view, data: options(list.allViews, list.views) },
] as const;

/** Search (accent-insensitive, on the server) and filters; applied on "Lọc" or Enter. */
export function PetitionFilters(props: { value: Filter; onApply: (f: Filter) => void }) {
  const [draft, setDraft] = useState<Filter>(props.value);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply({ ...draft, q: draft.q?.trim() || undefined });
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
        {selects.map((s) => (
          <Select
            key={s.key}
            label={s.label}
            data={s.data}
            value={draft[s.key] ?? ''}
            onChange={(v) => setDraft((d) => ({ ...d, [s.key]: v || undefined }))}
            allowDeselect={false}
          />
        ))}
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{list.apply}</Button>
        <Button
          type="button"
          variant="default"
          onClick={() => {
            setDraft({});
            props.onApply({});
          }}
        >
          {list.clear}
        </Button>
      </Group>
    </form>
  );
}
