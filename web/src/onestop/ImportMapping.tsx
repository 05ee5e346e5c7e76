import { Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { HeaderPreview } from './import-types.ts';
import { importFile as m } from './messages.ts';
import type { ImportField } from './queries.ts';

/** Each standard column beside the file column it was matched with (editable), and a few rows. */
export function ImportMapping(props: {
  fields: ImportField[];
  preview: HeaderPreview;
  chosen: Record<string, string | null>;
  disabled: boolean;
  onChange: (field: string, header: string | null) => void;
}) {
  const { fields, preview, chosen } = props;
  const options = [...new Set(preview.headers)];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {m.mappingTitle}
        </Title>
        <Text size="sm">{m.mappingIntro(preview.line)}</Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.standardColumn}</Table.Th>
              <Table.Th>{m.fileColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => (
              <Table.Tr key={f.field}>
                <Table.Td>
                  {f.header}
                  {f.required && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({m.required})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${m.fileColumn}: ${f.header}`}
                    data={options}
                    value={chosen[f.field] ?? null}
                    placeholder={m.none}
                    onChange={(v) => props.onChange(f.field, v)}
                    disabled={props.disabled}
                    error={f.required && !chosen[f.field]}
                    clearable={!f.required}
                    searchable
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {preview.sample.length > 0 && (
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {m.sample}
            </Text>
            <ScrollArea>
              <Table withTableBorder fz="xs">
                <Table.Thead>
                  <Table.Tr>
                    {preview.headers.map((h, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their order is fixed
                      <Table.Th key={i}>{h}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((row, r) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
                    <Table.Tr key={r}>
                      {row.map((cell, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells by position
                        <Table.Td key={i}>{cell}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
