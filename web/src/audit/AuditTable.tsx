import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { formatDateTime } from '../lib/format.ts';
import type { AuditEntry } from '../lib/types.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { actionColors, actionLabels, audit, entityLabel } from './messages.ts';

/**
 * The log's rows; `communeName` adds the unit column, for an administrator's view of every commune.
 */
export function AuditTable(props: {
  items: AuditEntry[];
  onActor: (id: string) => void;
  communeName?: (id: string | null) => string;
}) {
  const { communeName } = props;
  const [open, setOpen] = useState<ReadonlySet<AuditEntry['id']>>(new Set());
  const toggle = (id: AuditEntry['id']) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{audit.colTime}</Table.Th>
            {communeName && <Table.Th>{audit.colCommune}</Table.Th>}
            <Table.Th>{audit.colActor}</Table.Th>
            <Table.Th>{audit.colEntity}</Table.Th>
            <Table.Th>{audit.colAction}</Table.Th>
            <Table.Th>{audit.colDetail}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((e) => {
            const expanded = open.has(e.id);
            const time = formatDateTime(e.at);
            const diffId = `thay-doi-${e.id}`;
            return (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={e.at}>{time}</time>
                  </Table.Td>
                  {communeName && (
                    <Table.Td>
                      <Text size="sm">{communeName(e.communeId)}</Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    {e.actor ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => e.actor && props.onActor(e.actor.id)}
                        title={audit.filterByActor(e.actor.fullName)}
                      >
                        {e.actor.fullName}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {audit.system}
                      </Text>
                    )}
                    {e.actor && (
                      <Text size="xs" c="dimmed">
                        {e.actor.username}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entityLabel(e.entity)}</Text>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {e.entityId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={actionColors[e.action]} variant="light">
                      {actionLabels[e.action]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={diffId}
                      onClick={() => toggle(e.id)}
                    >
                      {expanded ? audit.hideDiff : audit.showDiff}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={diffId}>
                    <Table.Td colSpan={communeName ? 6 : 5} bg="gray.0">
                      <AuditDiff entry={e} caption={audit.diffCaption(entityLabel(e.entity), time)} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
