import { Button, type ButtonVariant, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/** A citizen's form in its own titled panel: heading, a line of intro, the fields, the send button. */
export function FormPanel(props: {
  id: string;
  title: string;
  intro: string;
  onSubmit: (e: FormEvent) => void;
  submit: string;
  pending: boolean;
  submitVariant?: ButtonVariant;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <form onSubmit={props.onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id={props.id}>
              {props.title}
            </Title>
            <Text size="sm">{props.intro}</Text>
          </div>
          {props.children}
          <Group>
            <Button type="submit" variant={props.submitVariant} loading={props.pending}>
              {props.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
