import { Badge, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record page's heading: the record's name with the badge of its kind, then lines about it. */
export function RecordTitle(props: { title: string; badge: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Badge variant="light" color="indigo" c="dark.8">
          {props.badge}
        </Badge>
      </Group>
      {props.children}
    </Stack>
  );
}
