import { Button, Group, Paper, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * A register's filter panel: words to search for, then the register's own fields, all applied on
 * "Lọc" (or Enter). `basis` is how wide the search box starts before it grows.
 */
export function SearchFilters(props: {
  labels: { search: string; searchPlaceholder: string; apply: string };
  q: string;
  onQ: (q: string) => void;
  basis: string;
  onApply: () => void;
  children: ReactNode;
}) {
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} aria-label={props.labels.search}>
        <Group align="flex-end">
          <TextInput
            type="search"
            label={props.labels.search}
            placeholder={props.labels.searchPlaceholder}
            value={props.q}
            onChange={(e) => props.onQ(e.currentTarget.value)}
            style={{ flex: `1 1 ${props.basis}` }}
          />
          {props.children}
          <Button type="submit" variant="default">
            {props.labels.apply}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
