import { Alert, Badge, Button, Center, Group, Loader, Text, Tooltip } from '@mantine/core';
import { isApiError } from '../lib/api.ts';
import { common } from '../lib/messages.ts';

export function Loading({ label = common.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

/** The server's Vietnamese message, plus the request id a support person can look up. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error && error.message ? error.message : common.unexpectedError;
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" role="alert" variant="light">
      <Text size="sm">{message}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {common.requestId}: {requestId}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {common.retry}
        </Button>
      )}
    </Alert>
  );
}

export function DemoBadge() {
  return (
    <Tooltip label={common.demoHint} withArrow>
      <Badge
        color="yellow.4"
        c="dark.9"
        variant="filled"
        tabIndex={0}
        aria-label={`${common.demoBadge}. ${common.demoHint}`}
      >
        {common.demoBadge}
      </Badge>
    </Tooltip>
  );
}
