import { Alert, Group, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../lib/api.ts';

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

/**
 * A form's typed values and its errors: those found before sending, else the server's for the
 * same field (the API answers 400 with Vietnamese messages by field name).
 */
export function useFormValues<V extends object>(initial: () => V, serverError: unknown) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const server = serverError instanceof ApiError ? serverError.fields : {};
  const set = <K extends keyof V>(k: K, value: V[K]) => setValues((prev) => ({ ...prev, [k]: value }));
  const errorOf = (k: string) => errors[k] ?? server[k];
  return { values, setValues, set, setErrors, errorOf };
}
