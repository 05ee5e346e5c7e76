import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../lib/format.ts';
import { AnchorLink } from '../shell/links.tsx';
import { Marks, StatusBadge } from './Badges.tsx';
import { kindLabels, list } from './messages.ts';
import type { Petition } from './types.ts';

function submitter(p: Petition): string {
  if (p.anonymous) return list.anonymous;
  // A denunciation's submitter is never part of a petition: it lives in the protected identity.
  if (p.kind === 'denunciation') return list.protectedName;
  return p.submitterName ?? '—';
}

/** Petitions as a table; rows that can be answered get a checkbox when `selected` is given. */
export function PetitionTable(props: {
  items: Petition[];
  selected?: Set<string>;
  onToggle?: (id: string) => void;
}) {
  const selectable = props.selected !== undefined;
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {selectable && <Table.Th w={40}>{list.colSelect}</Table.Th>}
            <Table.Th>{list.colCode}</Table.Th>
            <Table.Th>{list.colKind}</Table.Th>
            <Table.Th w="26%">{list.colSubject}</Table.Th>
            <Table.Th>{list.colSubmitter}</Table.Th>
            <Table.Th>{list.colReceived}</Table.Th>
            <Table.Th>{list.colDue}</Table.Th>
            {/* The status badge never shrinks to an ellipsis: the table scrolls instead. */}
            <Table.Th miw={160}>{list.colStatus}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((p) => (
            <Table.Tr key={p.id}>
              {selectable && (
                <Table.Td>
                  {p.actions.includes('answer') && (
                    <Checkbox
                      aria-label={list.selectRow(p.code)}
                      checked={props.selected?.has(p.id) ?? false}
                      onChange={() => props.onToggle?.(p.id)}
                    />
                  )}
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink to="/don-thu/$id" params={{ id: p.id }} fw={600}>
                  {p.code}
                </AnchorLink>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{kindLabels[p.kind]}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" lineClamp={2}>
                    {p.subject}
                  </Text>
                  <Marks p={p} />
                </Stack>
              </Table.Td>
              <Table.Td>{submitter(p)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.receivedDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.dueDate ? formatDate(p.dueDate) : '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
