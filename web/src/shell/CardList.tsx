import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** Records as a list of bordered cards, one per record. */
export function CardList<T extends { id: string }>(props: { items: T[]; children: (item: T) => ReactNode }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.items.map((item) => (
        <Paper component="li" withBorder p="md" key={item.id}>
          {props.children(item)}
        </Paper>
      ))}
    </Stack>
  );
}
