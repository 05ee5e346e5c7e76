import { Alert, Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { editor as m } from './messages.ts';
import type { CheckItem, CheckResult } from './types.ts';

/** Each failed check, errors first; clicking one shows the paragraph (or section) it is about. */
export function ChecksPanel(props: {
  result: CheckResult | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  onGoTo: (item: CheckItem) => void;
}) {
  const items = [...(props.result?.items ?? [])].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ket-qua-kiem-tra">
      <Title order={2} size="h4" id="ket-qua-kiem-tra" mb="xs">
        {m.checksTitle}
      </Title>
      {props.isPending ? (
        <Loading />
      ) : props.error ? (
        <ErrorAlert error={props.error} onRetry={props.onRetry} />
      ) : items.length === 0 ? (
        <Alert color="green" variant="light">
          {m.checksOk}
        </Alert>
      ) : (
        <Stack gap="xs" data-testid="ket-qua-kiem-tra">
          <Text size="sm" fw={600} aria-live="polite">
            {m.checksSummary(props.result?.errors ?? 0, props.result?.warnings ?? 0)}
          </Text>
          {items.map((item) => (
            <UnstyledButton
              key={`${item.check}-${item.paragraphId ?? item.sectionId}-${item.message}`}
              onClick={() => props.onGoTo(item)}
              p="xs"
              data-check={item.check}
              style={{
                borderRadius: 4,
                border: `1px solid var(--mantine-color-${item.severity === 'error' ? 'red' : 'yellow'}-4)`,
              }}
              aria-label={`${item.severity === 'error' ? m.error : m.warning}: ${item.message} (${m.goTo})`}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  color={item.severity === 'error' ? 'red.8' : 'yellow.5'}
                  c={item.severity === 'error' ? undefined : 'dark.9'}
                  variant="filled"
                  style={{ flexShrink: 0 }}
                >
                  {item.severity === 'error' ? m.error : m.warning}
                </Badge>
                <Text size="sm">{item.message}</Text>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
