import { Button, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { recentYears } from '../democracy/period.ts';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { PageHeader } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { AnchorLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { SearchFilters } from '../shell/SearchFilters.tsx';
import { register as m } from './messages.ts';
import { useDocuments, useDocumentTypes } from './queries.ts';
import { RegisterDialog } from './RegisterDialog.tsx';
import { type DocumentSearch, typeCode, typeValue } from './search.ts';

const PAGE_SIZE = 50;
const route = getRouteApi('/_app/van-ban');

function Filters(props: { value: DocumentSearch; onApply: (f: DocumentSearch) => void }) {
  const types = useDocumentTypes();
  const [q, setQ] = useState(props.value.q ?? '');
  const [loai, setLoai] = useState<string | null>(props.value.loai ?? null);
  const [nam, setNam] = useState<string | null>(props.value.nam ? String(props.value.nam) : null);
  const apply = () =>
    props.onApply({ q: q.trim() || undefined, loai: loai ?? undefined, nam: nam ? Number(nam) : undefined });
  return (
    <SearchFilters labels={m} q={q} onQ={setQ} basis="18rem" onApply={apply}>
      <Select
        label={m.type}
        placeholder={m.allTypes}
        data={(types.data?.items ?? []).map((t) => ({ value: typeValue(t.code), label: t.label }))}
        value={loai}
        onChange={setLoai}
        searchable
        filter={wordFilter}
        clearable
      />
      <Select
        label={m.year}
        placeholder={m.allYears}
        data={recentYears()}
        value={nam}
        onChange={setNam}
        clearable
        w={170}
      />
    </SearchFilters>
  );
}

/** The commune's document register: searchable without accents, filtered by type and year. */
export function DocumentsPage() {
  const role = useSession().data?.user.role;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [registering, setRegistering] = useState(false);
  const page = search.page ?? 1;
  const { page: _page, xa: _xa, ...filter } = search;
  const query = useDocuments(communeId, {
    q: filter.q,
    type: filter.loai === undefined ? undefined : typeCode(filter.loai),
    year: filter.nam,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const write = role !== undefined && canWriteOnestop(role);

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={write && communeId && <Button onClick={() => setRegistering(true)}>{m.create}</Button>}
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
              {m.range(
                formatNumber((page - 1) * PAGE_SIZE + 1),
                formatNumber(Math.min(total, page * PAGE_SIZE)),
                formatNumber(total),
              )}
            </Text>
            <RegisterTable
              minWidth={760}
              highlightOnHover
              heads={[m.colReference, m.colDate, m.colType, m.colSummary, m.colSigner, m.colFile]}
            >
              {data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink to="/van-ban/$id" params={{ id: d.id }} fw={600}>
                      {d.reference}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.date)}</Table.Td>
                  <Table.Td>{d.typeLabel}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {d.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>{d.signer}</Table.Td>
                  <Table.Td>{d.file ? m.hasFile : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </RegisterTable>
            {pages > 1 && (
              <Group justify="center" component="nav" aria-label={m.pagination}>
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(p) =>
                    void navigate({ search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }) })
                  }
                />
              </Group>
            )}
          </>
        )}
      </QueryState>
      {communeId && (
        <RegisterDialog communeId={communeId} opened={registering} onClose={() => setRegistering(false)} />
      )}
    </Stack>
  );
}
