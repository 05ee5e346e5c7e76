import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { statusLabels } from '../../../src/modules/disclosure/lifecycle.ts';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { list as m } from './messages.ts';
import { useDrafts } from './queries.ts';
import { DraftStatusBadge } from './StatusBadge.tsx';
import type { DraftSearch } from './search.ts';
import type { ConsultationStatus } from './types.ts';

const route = getRouteApi('/_app/dan-chu/lay-y-kien');

const statusOptions = (['open', 'closed', 'published', 'scheduled'] as const).map((s) => ({
  value: s,
  label: statusLabels[s],
}));

function Filters(props: { value: DraftSearch; onApply: (f: DraftSearch) => void }) {
  const [q, setQ] = useState(props.value.q ?? '');
  const [status, setStatus] = useState<string | null>(props.value.status ?? null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply({ q: q.trim() || undefined, status: (status as ConsultationStatus | null) ?? undefined });
  };
  return (
    <form onSubmit={onSubmit} aria-label={m.search}>
      <Group align="flex-end">
        <TextInput
          type="search"
          label={m.search}
          placeholder={m.searchPlaceholder}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          label={m.status}
          placeholder={m.allStatuses}
          data={statusOptions}
          value={status}
          onChange={setStatus}
          clearable
        />
        <Button type="submit" variant="default">
          {m.apply}
        </Button>
      </Group>
    </form>
  );
}

/** The commune's drafts put to the people, newest first. */
export function ConsultationListPage() {
  const role = useSession().data?.user.role;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const { xa: _xa, ...filter } = search;
  const query = useDrafts(commune.current?.id, filter);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {m.intro}
          </Text>
        </div>
        {role && canWriteOnestop(role) && <ButtonLink to="/dan-chu/lay-y-kien/moi">{m.create}</ButtonLink>}
      </Group>
      <Paper withBorder p="md">
        <Filters
          key={JSON.stringify(filter)}
          value={filter}
          onApply={(f) => void navigate({ search: (prev) => ({ xa: prev.xa, ...f }) })}
        />
      </Paper>
      <QueryState
        query={query}
        waiting={commune.isLoading}
        empty={(data) => (data.items.length === 0 ? m.empty : null)}
      >
        {(data) => (
          <>
            <Text size="sm" aria-live="polite">
              {m.count(formatNumber(data.items.length))}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.colTitle}</Table.Th>
                    <Table.Th>{m.colPeriod}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{m.colOpinions}</Table.Th>
                    <Table.Th>{m.colStatus}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <AnchorLink to="/dan-chu/lay-y-kien/$id" params={{ id: d.id }} fw={600}>
                          {d.title}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {d.draftTypeLabel}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(d.opensOn)} – {formatDate(d.closesOn)}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{formatNumber(d.opinions)}</Table.Td>
                      <Table.Td>
                        <DraftStatusBadge status={d.status} label={d.statusLabel} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
