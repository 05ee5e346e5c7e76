import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { Pager, type Period, PeriodFilter } from '../civic/ui.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { ConferenceForm } from './ConferenceForm.tsx';
import { dialogues as m } from './messages.ts';
import { useConferences } from './queries.ts';
import { opinionSummary } from './summary.ts';

const PAGE_SIZE = 50;

/** Dialogue conferences, newest first; a conference opens its opinions. */
export function DialoguesPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [page, setPage] = useState(1);
  const [period, setPeriod] = useState<Period>({});
  const query = useConferences(communeId, { ...period, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text size="sm">{m.intro}</Text>
        </Stack>
        {canWriteCivic(role) && <Button onClick={() => setAdding(true)}>{m.add}</Button>}
      </Group>
      <PeriodFilter
        onApply={(p) => {
          setPeriod(p);
          setPage(1);
        }}
      />
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.heldDate}</Table.Th>
                  <Table.Th>{m.topic}</Table.Th>
                  <Table.Th>{m.village}</Table.Th>
                  <Table.Th>{m.chairedBy}</Table.Th>
                  <Table.Th>{m.participants}</Table.Th>
                  <Table.Th>{m.opinions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AnchorLink to="/doi-thoai/$id" params={{ id: c.id }} fw={600}>
                        {formatDate(c.heldDate)}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{c.topic}</Table.Td>
                    <Table.Td>{c.villageName ?? m.villageNone}</Table.Td>
                    <Table.Td>{c.chairedBy}</Table.Td>
                    <Table.Td>{formatNumber(c.participants)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{opinionSummary(c)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={query.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={m.addTitle} size="lg">
        {adding && communeId && (
          <ConferenceForm
            communeId={communeId}
            conference={null}
            onClose={() => setAdding(false)}
            onSaved={(c) => void navigate({ to: '/doi-thoai/$id', params: { id: c.id } })}
          />
        )}
      </Modal>
    </Stack>
  );
}
