import { Paper, Table } from '@mantine/core';

/** A record's facts as label–value rows, labels as row headers; a row that is falsy is left out. */
export function FactsTable(props: {
  rows: ([label: string, value: string] | false | null | undefined | '')[];
}) {
  return (
    <Paper withBorder p={0}>
      <Table fz="sm" verticalSpacing="xs">
        <Table.Tbody>
          {props.rows.map(
            (row) =>
              row && (
                <Table.Tr key={row[0]}>
                  <Table.Th scope="row" w="45%">
                    {row[0]}
                  </Table.Th>
                  <Table.Td>{row[1]}</Table.Td>
                </Table.Tr>
              ),
          )}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
