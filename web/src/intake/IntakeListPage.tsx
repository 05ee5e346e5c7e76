import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDateTime } from '../lib/format.ts';
import { useCommunes, useSession } from '../lib/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { m } from './messages.ts';
import { periodText } from './period.ts';
import { useIntakes } from './queries.ts';
import type { IntakeStatus } from './types.ts';
import { UploadPanel } from './UploadPanel.tsx';

export const statusColor = { draft: 'yellow', saved: 'green', superseded: 'gray' } as const;

/** Upload reports, and the reports read so far in the communes the user sees. */
export function IntakeListPage() {
  const communes = useCommunes();
  const isAdmin = useSession().data?.user.role === 'admin';
  const [provinceId, setProvinceId] = useState<string | null>(null);
  const [communeId, setCommuneId] = useState<string | null>(null);
  const [status, setStatus] = useState<IntakeStatus | null>(null);
  const [limit, setLimit] = useState(50);
  const list = useIntakes({
    provinceId: provinceId ?? undefined,
    communeId: communeId ?? undefined,
    status: status ?? undefined,
    limit,
  });
  const items = communes.data?.items ?? [];
  // An admin sees every province: the provinces are those of the communes in reach.
  const provinces = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of items) seen.set(c.provinceId, c.provinceName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [items]);
  const inProvince = provinceId ? items.filter((c) => c.provinceId === provinceId) : items;
  const chooseProvince = (id: string | null) => {
    setProvinceId(id);
    if (id && communeId && items.find((c) => c.id === communeId)?.provinceId !== id) setCommuneId(null);
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <Text size="sm" maw={800}>
        {m.intro}
      </Text>
      {communes.isLoading ? (
        <Loading />
      ) : communes.error ? (
        <ErrorAlert error={communes.error} />
      ) : (
        <UploadPanel communes={items} />
      )}

      <Title order={2} size="h3" mt="md">
        {m.listTitle}
      </Title>
      <Group>
        {isAdmin && provinces.length > 1 && (
          <Select
            label={m.filterProvince}
            placeholder={m.allProvinces}
            data={provinces}
            value={provinceId}
            onChange={chooseProvince}
            clearable
            searchable
          />
        )}
        {items.length > 1 && (
          <Select
            label={m.filterCommune}
            placeholder={m.allCommunes}
            data={inProvince.map((c) => ({ value: c.id, label: c.name }))}
            value={communeId}
            onChange={setCommuneId}
            clearable
            searchable
          />
        )}
        <Select
          label={m.filterStatus}
          placeholder={m.allStatuses}
          data={(Object.keys(m.status) as IntakeStatus[]).map((s) => ({ value: s, label: m.status[s] }))}
          value={status}
          onChange={(v) => setStatus(v as IntakeStatus | null)}
          clearable
        />
      </Group>
      {list.isLoading ? (
        <Loading />
      ) : list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data?.items.length ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.columns.commune}</Table.Th>
                <Table.Th>{m.columns.file}</Table.Th>
                <Table.Th>{m.columns.period}</Table.Th>
                <Table.Th ta="right">{m.columns.values}</Table.Th>
                <Table.Th ta="right">{m.columns.findings}</Table.Th>
                <Table.Th>{m.columns.status}</Table.Th>
                <Table.Th>{m.columns.uploaded}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((it) => (
                <Table.Tr key={it.id}>
                  <Table.Td>{it.commune.name}</Table.Td>
                  <Table.Td>
                    <AnchorLink
                      to="/doc-bao-cao/$communeId/$id"
                      params={{ communeId: it.commune.id, id: it.id }}
                    >
                      {it.fileName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{it.period ? periodText(it.period) : m.noPeriod}</Table.Td>
                  <Table.Td ta="right">
                    {it.values}
                    {it.edited > 0 && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({m.edited(it.edited)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{it.findings}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={statusColor[it.status]} variant="light" style={{ overflow: 'visible' }}>
                      {m.status[it.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(it.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && list.data.total > list.data.items.length && (
        <Button variant="subtle" onClick={() => setLimit((n) => n + 50)}>
          {m.more}
        </Button>
      )}
    </Stack>
  );
}
