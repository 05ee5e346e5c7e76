import {
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { recentYears } from '../democracy/period.ts';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { procedureFilter as wordFilter } from '../onestop/procedure-options.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { AnchorLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
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
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply({ q: q.trim() || undefined, loai: loai ?? undefined, nam: nam ? Number(nam) : undefined });
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
          style={{ flex: '1 1 18rem' }}
        />
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
        <Button type="submit" variant="default">
          {m.apply}
        </Button>
      </Group>
    </form>
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

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text c="dimmed" size="sm">
            {m.intro}
          </Text>
        </div>
        {role && canWriteOnestop(role) && communeId && (
          <Button onClick={() => setRegistering(true)}>{m.create}</Button>
        )}
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
              {m.range(
                formatNumber((page - 1) * PAGE_SIZE + 1),
                formatNumber(Math.min(total, page * PAGE_SIZE)),
                formatNumber(total),
              )}
            </Text>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.colReference}</Table.Th>
                    <Table.Th>{m.colDate}</Table.Th>
                    <Table.Th>{m.colType}</Table.Th>
                    <Table.Th>{m.colSummary}</Table.Th>
                    <Table.Th>{m.colSigner}</Table.Th>
                    <Table.Th>{m.colFile}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
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
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
