import { Group, Table, Text } from '@mantine/core';
import { formatDate, vnDate } from '../lib/format.ts';
import { AnchorLink } from '../shell/links.tsx';
import { list } from './messages.ts';
import { OverdueBadge, StatusBadge } from './StatusBadge.tsx';
import { isOverdue } from './search.ts';
import type { Dossier } from './types.ts';

/** Dossiers as a table; the code links to the dossier page. Scrolls sideways on a phone. */
export function DossierTable(props: { items: Dossier[]; caption?: string }) {
  const today = vnDate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        {props.caption && <Table.Caption>{props.caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{list.colCode}</Table.Th>
            <Table.Th>{list.colApplicant}</Table.Th>
            <Table.Th>{list.colProcedure}</Table.Th>
            <Table.Th>{list.colReceived}</Table.Th>
            <Table.Th>{list.colDue}</Table.Th>
            <Table.Th>{list.colStatus}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink to="/mot-cua/ho-so/$id" params={{ id: d.id }} fw={600}>
                  {d.code}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{d.applicantName ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {d.procedureName}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.receivedDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap">
                  {formatDate(d.dueDate)}
                  {isOverdue(d, today) && <OverdueBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={d.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
