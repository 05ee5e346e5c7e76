import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a record's page; screen readers name the section by its heading. */
export function PageSection(props: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id}>
        {props.title}
      </Title>
      {props.children}
    </Stack>
  );
}
