import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { m } from './messages.ts';
import { findingId } from './segments.ts';
import type { Finding, IntakeValue } from './types.ts';

/** What does not add up in the report as read; a finding whose figures were corrected since says so. */
export function FindingsList({
  findings,
  values,
  active,
  onPick,
}: {
  findings: Finding[];
  values: IntakeValue[];
  active: string | null;
  onPick: (id: string) => void;
}) {
  const edited = new Set(values.filter((v) => v.edited).map((v) => v.key));
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {m.findings}
      </Title>
      {findings.length === 0 ? (
        <Text c="dimmed">{m.noFindings}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {findings.map((f, i) => (
            <li key={`${f.rule}-${f.spans[0]?.start ?? i}`}>
              <UnstyledButton
                onClick={() => onPick(findingId(i))}
                p={6}
                w="100%"
                style={{
                  borderRadius: 4,
                  background: active === findingId(i) ? 'var(--mantine-color-red-0)' : undefined,
                }}
              >
                <Group gap={6}>
                  <Badge size="sm" color="red" variant="light">
                    {m.rules[f.rule] ?? f.rule}
                  </Badge>
                  {f.indicators?.some((k) => edited.has(k)) && (
                    <Badge size="sm" color="green" variant="light">
                      {m.findingFixed}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" mt={4}>
                  {f.message}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
