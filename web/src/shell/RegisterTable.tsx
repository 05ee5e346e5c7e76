import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's head: its text, right-aligned for figures; false leaves the column out. */
export type ColumnHead = string | { text: string; right: true } | false;

/** A register's table: striped rows under the column heads, scrolling sideways below `minWidth`. */
export function RegisterTable(props: {
  minWidth: number;
  heads: ColumnHead[];
  highlightOnHover?: boolean;
  /** The rows (`Table.Tr`), one per record. */
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={props.minWidth}>
      <Table striped highlightOnHover={props.highlightOnHover} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {props.heads.map((h) =>
              typeof h === 'string' ? (
                <Table.Th key={h}>{h}</Table.Th>
              ) : (
                h && (
                  <Table.Th key={h.text} ta="right">
                    {h.text}
                  </Table.Th>
                )
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
