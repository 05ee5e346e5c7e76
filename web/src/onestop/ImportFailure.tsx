import { ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { ErrorAlert } from '../shell/feedback.tsx';
import type { RowError } from './import-types.ts';
import { importFile as m } from './messages.ts';

/** A refused import: the server's message and, for a refused file, every row to fix. */
export function ImportFailure({ error }: { error: unknown }) {
  const rows =
    error instanceof ApiError && Array.isArray(error.detail.rows) ? (error.detail.rows as RowError[]) : [];
  if (rows.length === 0) return <ErrorAlert error={error} />;
  const total =
    typeof (error as ApiError).detail.errorCount === 'number'
      ? Number((error as ApiError).detail.errorCount)
      : rows.length;
  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      <Title order={2} size="h4">
        {m.errorsTitle}
      </Title>
      <Text size="sm">{m.errorCount(formatNumber(rows.length), formatNumber(total))}</Text>
      <ScrollArea.Autosize mah={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.line}</Table.Th>
              <Table.Th>{m.column}</Table.Th>
              <Table.Th>{m.reason}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.line}-${r.column}-${r.reason}`}>
                <Table.Td>{formatNumber(r.line)}</Table.Td>
                <Table.Td>{r.column}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
