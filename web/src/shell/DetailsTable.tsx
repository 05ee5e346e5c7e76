import { Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record page's facts: a titled section of label–value rows (labels as row headers), then `after`. */
export function DetailsTable(props: { title: string; children: ReactNode; after?: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="thong-tin">
      <Title order={2} size="h4" id="thong-tin">
        {props.title}
      </Title>
      <Table withTableBorder fz="sm" verticalSpacing={6}>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
      {props.after}
    </Stack>
  );
}

export function DetailRow(props: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500}>
        {props.label}
      </Table.Th>
      <Table.Td>{props.children}</Table.Td>
    </Table.Tr>
  );
}
