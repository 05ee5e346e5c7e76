import {
  ActionIcon,
  Badge,
  Group,
  NumberInput,
  Paper,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { formatNumber } from '../lib/format.ts';
import { m } from './messages.ts';
import { toShown } from './segments.ts';
import type { IntakeValue } from './types.ts';

/**
 * The values read, editable. `drafts` holds what the user typed (shown units: percentages for
 * rates) and null for an indicator to drop; clicking a label shows its number in the text.
 */
export function ValuesTable({
  values,
  drafts,
  active,
  onDraft,
  onPick,
}: {
  values: IntakeValue[];
  drafts: Record<string, number | null>;
  active: string | null;
  onDraft: (key: string, shown: number | null | undefined) => void;
  onPick: (key: string) => void;
}) {
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {m.values}
      </Title>
      {values.length === 0 ? (
        <Text c="dimmed">{m.noValues}</Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.indicator}</Table.Th>
              <Table.Th w={150}>{m.value}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.map((v) => {
              const draft = drafts[v.key];
              const removed = draft === null;
              const shown = draft ?? toShown(v.value, v.rate);
              return (
                <Table.Tr
                  key={v.key}
                  bg={active === v.key ? 'var(--mantine-color-yellow-1)' : undefined}
                  style={{ opacity: removed ? 0.5 : 1 }}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => onPick(v.key)}
                      disabled={!v.span}
                      aria-label={m.showInText(v.label)}
                      style={{ textDecoration: removed ? 'line-through' : undefined }}
                    >
                      <Text size="sm">{v.label}</Text>
                    </UnstyledButton>
                    <Group gap={4}>
                      {v.qualifier && (
                        <Badge size="xs" variant="outline">
                          {m.qualifier[v.qualifier]}
                        </Badge>
                      )}
                      {v.extracted === null ? (
                        <Badge size="xs" color="grape" variant="light">
                          {m.addedBadge}
                        </Badge>
                      ) : (
                        v.edited && (
                          <Tooltip label={m.asRead(formatNumber(toShown(v.extracted, v.rate)))}>
                            <Badge size="xs" color="orange" variant="light">
                              {m.editedBadge}
                            </Badge>
                          </Tooltip>
                        )
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={v.label}
                      value={removed ? '' : shown}
                      disabled={removed}
                      onChange={(n) => onDraft(v.key, typeof n === 'number' ? n : undefined)}
                      decimalSeparator=","
                      thousandSeparator="."
                      min={0}
                      max={v.rate ? 100 : undefined}
                      suffix={v.rate ? ' %' : undefined}
                      allowNegative={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color={removed ? 'blue' : 'red'}
                      aria-label={removed ? m.restore : m.removeLabel(v.label)}
                      title={removed ? m.restore : m.remove}
                      onClick={() => onDraft(v.key, removed ? undefined : null)}
                    >
                      {removed ? '↺' : '×'}
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
