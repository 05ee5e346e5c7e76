import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A register's heading: its title with one line of intro under it, and its actions on the right. */
export function ListHeader(props: { title: string; intro: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Text size="sm">{props.intro}</Text>
      </Stack>
      {props.actions}
    </Group>
  );
}
