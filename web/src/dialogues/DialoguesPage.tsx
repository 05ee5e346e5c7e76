import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { Pager, type Period, PeriodFilter } from '../civic/ui.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ListHeader } from '../shell/ListHeader.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { usePagedFilters } from '../shell/paged-filters.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
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
  const list = usePagedFilters<Period>(PAGE_SIZE);
  const query = useConferences(communeId, { ...list.filters, ...list.window });
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();

  return (
    <Stack gap="md">
      <ListHeader
        title={m.title}
        intro={m.intro}
        actions={canWriteCivic(role) && <Button onClick={() => setAdding(true)}>{m.add}</Button>}
      />
      <PeriodFilter onApply={list.refine} />
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <RegisterTable
              minWidth={820}
              heads={[m.heldDate, m.topic, m.village, m.chairedBy, m.participants, m.opinions]}
            >
              {data.items.map((c) => (
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
            </RegisterTable>
            <Pager {...list.pager(data.total)} />
          </>
        )}
      </QueryState>
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
