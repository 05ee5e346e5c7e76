import { Select, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { statusLabels } from '../../../src/modules/disclosure/lifecycle.ts';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { PageHeader } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { SearchFilters } from '../shell/SearchFilters.tsx';
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
  const apply = () =>
    props.onApply({ q: q.trim() || undefined, status: (status as ConsultationStatus | null) ?? undefined });
  return (
    <SearchFilters labels={m} q={q} onQ={setQ} basis="16rem" onApply={apply}>
      <Select
        label={m.status}
        placeholder={m.allStatuses}
        data={statusOptions}
        value={status}
        onChange={setStatus}
        clearable
      />
    </SearchFilters>
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
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={
          role && canWriteOnestop(role) && <ButtonLink to="/dan-chu/lay-y-kien/moi">{m.create}</ButtonLink>
        }
      />
      <Filters
        key={JSON.stringify(filter)}
        value={filter}
        onApply={(f) => void navigate({ search: (prev) => ({ xa: prev.xa, ...f }) })}
      />
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <Text size="sm" aria-live="polite">
              {m.count(formatNumber(data.items.length))}
            </Text>
            <RegisterTable
              minWidth={720}
              highlightOnHover
              heads={[m.colTitle, m.colPeriod, { text: m.colOpinions, right: true }, m.colStatus]}
            >
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
            </RegisterTable>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
