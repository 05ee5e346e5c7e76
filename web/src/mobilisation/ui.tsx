import { Alert, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list page's heading: title, one line of intro, and its main action on the right. */
export function PageHeader(props: { title: string; intro: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Text c="dimmed" size="sm" maw={760}>
          {props.intro}
        </Text>
      </div>
      {props.action}
    </Group>
  );
}

/** The green confirmation after a save, closable. */
export function SavedAlert(props: { message: string | null | false | undefined; onClose: () => void }) {
  if (!props.message) return null;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton onClose={props.onClose}>
      {props.message}
    </Alert>
  );
}

/** A refused save's message above the form (the fields carry their own). */
export function FormError({ error }: { error: unknown }) {
  if (!(error instanceof Error)) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {error.message}
    </Alert>
  );
}
