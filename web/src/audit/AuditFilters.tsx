import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { actionLabels, audit, entityLabel, entityLabels } from './messages.ts';
import type { AuditSearch } from './search.ts';

type Filter = Omit<AuditSearch, 'page'>;

const actionOptions = [
  { value: '', label: audit.all },
  ...Object.entries(actionLabels).map(([value, label]) => ({ value, label })),
];

function options(map: Map<string, string>, current: string | undefined, labelOf: (v: string) => string) {
  const all = new Map(map);
  if (current && !all.has(current)) all.set(current, labelOf(current));
  return [{ value: '', label: audit.all }, ...[...all].map(([value, label]) => ({ value, label }))];
}

/**
 * Filters apply on "Lọc" (or Enter), not on every keystroke. Entities and actors come from the
 * known list plus what the log has shown so far: the API has no list endpoint for either.
 */
export function AuditFilters(props: {
  value: Filter;
  seenEntities: ReadonlySet<string>;
  actors: Map<string, string>;
  /** Administrators choose between the current commune and every commune. */
  canSeeAll: boolean;
  onApply: (f: Filter) => void;
}) {
  const [draft, setDraft] = useState<Filter>(props.value);
  // Dates are edited as dd/mm/yyyy text and turned into ISO dates on submit.
  const [dates, setDates] = useState({
    from: props.value.from ? formatDate(props.value.from) : '',
    to: props.value.to ? formatDate(props.value.to) : '',
  });
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});

  const entities = new Map(Object.entries(entityLabels));
  for (const e of props.seenEntities) if (!entities.has(e)) entities.set(e, entityLabel(e));

  const set = <K extends keyof Filter>(k: K, v: Filter[K] | '' | null) =>
    setDraft((d) => ({ ...d, [k]: v === '' || v === null ? undefined : v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const from = dates.from.trim() ? parseDate(dates.from) : undefined;
    const to = dates.to.trim() ? parseDate(dates.to) : undefined;
    const errors = {
      from: from === null ? audit.invalidDate : from && to && from > to ? audit.dateOrder : undefined,
      to: to === null ? audit.invalidDate : undefined,
    };
    setDateErrors(errors);
    if (errors.from || errors.to) return;
    props.onApply({ ...draft, from: from ?? undefined, to: to ?? undefined });
  };

  const onClear = () => {
    setDraft({});
    setDates({ from: '', to: '' });
    setDateErrors({});
    props.onApply({});
  };

  return (
    <form onSubmit={onSubmit} aria-label={audit.filters}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: props.canSeeAll ? 6 : 5 }} spacing="sm">
        {props.canSeeAll && (
          <Select
            label={audit.scope}
            data={[
              { value: '', label: audit.scopeCommune },
              { value: 'all', label: audit.scopeAll },
            ]}
            value={draft.scope ?? ''}
            onChange={(v) => set('scope', v as Filter['scope'] | '' | null)}
            allowDeselect={false}
          />
        )}
        <Select
          label={audit.entity}
          data={options(entities, draft.entity, entityLabel)}
          value={draft.entity ?? ''}
          onChange={(v) => set('entity', v)}
          searchable
          allowDeselect={false}
        />
        <Select
          label={audit.action}
          data={actionOptions}
          value={draft.action ?? ''}
          onChange={(v) => set('action', v as Filter['action'] | '' | null)}
          allowDeselect={false}
        />
        <Select
          label={audit.actor}
          data={options(props.actors, draft.actorId, audit.unknownActor)}
          value={draft.actorId ?? ''}
          onChange={(v) => set('actorId', v)}
          searchable
          allowDeselect={false}
        />
        <DateField
          label={audit.from}
          value={dates.from}
          onChange={(from) => setDates((d) => ({ ...d, from }))}
          error={dateErrors.from}
        />
        <DateField
          label={audit.to}
          value={dates.to}
          onChange={(to) => setDates((d) => ({ ...d, to }))}
          error={dateErrors.to}
        />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{audit.apply}</Button>
        <Button type="button" variant="default" onClick={onClear}>
          {audit.clear}
        </Button>
      </Group>
    </form>
  );
}
