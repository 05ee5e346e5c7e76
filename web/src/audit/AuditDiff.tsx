import { Code, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../lib/types.ts';
import { diffSnapshots, showValue } from './diff.ts';
import { audit } from './messages.ts';

function Value({ v }: { v: unknown }) {
  const text = showValue(v);
  if (text === null)
    return (
      <Text span c="dimmed" size="sm">
        {audit.emptyValue}
      </Text>
    );
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text}
    </Code>
  );
}

/** Before/after of one audit row; for an update only the fields that changed. */
export function AuditDiff({ entry, caption }: { entry: AuditEntry; caption: string }) {
  const all = diffSnapshots(entry.before, entry.after);
  const rows = entry.action === 'update' ? all.filter((r) => r.changed) : all;

  return (
    <>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {audit.noChanges}
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders layout="fixed" fz="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">{audit.field}</Table.Th>
              {entry.action !== 'create' && <Table.Th>{audit.before}</Table.Th>}
              {entry.action !== 'delete' && <Table.Th>{audit.after}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.field}>
                <Table.Th scope="row" fw={500}>
                  {r.field}
                </Table.Th>
                {entry.action !== 'create' && (
                  <Table.Td>
                    <Value v={r.before} />
                  </Table.Td>
                )}
                {entry.action !== 'delete' && (
                  <Table.Td>
                    <Value v={r.after} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entry.requestId && (
        <Text size="xs" c="dimmed" mt="xs">
          {audit.requestId}: {entry.requestId}
        </Text>
      )}
    </>
  );
}
