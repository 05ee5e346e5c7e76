import { Badge, Group, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { AnchorLink } from '../shell/links.tsx';
import { capitalise } from './indicators.ts';
import { rollup as m, markLabels, sourceHints, sourceLabels } from './messages.ts';
import { ariaSort, type SortColumn, type SortOrder } from './sort.ts';
import type { Rollup, RollupIndicator, RollupRow } from './types.ts';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function formatValue(ind: RollupIndicator, v: number | null | undefined): string {
  if (v === null || v === undefined) return m.missing;
  return ind.rate ? formatPercent(v) : formatNumber(v, 1);
}

/** A header that sorts its column: a real button (Tab, Enter, Space), the state in aria-sort. */
function SortHeader(props: {
  column: SortColumn;
  label: string;
  sort: { column: SortColumn; order: SortOrder };
  onSort: (column: SortColumn) => void;
  numeric?: boolean;
}) {
  const state = ariaSort(props.column, props.sort);
  return (
    <Table.Th aria-sort={state} ta={props.numeric ? 'right' : undefined} data-column={props.column}>
      <UnstyledButton
        onClick={() => props.onSort(props.column)}
        fz="sm"
        fw={700}
        title={m.sortBy(props.label)}
        style={{ display: 'inline-flex', gap: 4, textAlign: props.numeric ? 'right' : 'left' }}
      >
        <span>{props.label}</span>
        <span aria-hidden="true" style={{ opacity: state === 'none' ? 0.3 : 1 }}>
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

const sourceColors = { data: 'teal', intake: 'grape', none: 'gray' } as const;

/** Where a row's figures come from, as a pill that never truncates (intake rows stand out). */
function SourceBadge({ source }: { source: RollupRow['source'] }) {
  const color = sourceColors[source];
  const strong = source === 'intake';
  return (
    <Tooltip label={sourceHints[source]} withArrow multiline w={260}>
      <Text
        span
        size="xs"
        fw={700}
        px={8}
        py={2}
        bg={strong ? `${color}.8` : `${color}.0`}
        c={strong ? 'white' : `${color}.9`}
        tabIndex={0}
        data-source={source}
        style={{ borderRadius: 999, whiteSpace: 'nowrap', display: 'inline-block' }}
      >
        {sourceLabels[source]}
      </Text>
    </Tooltip>
  );
}

function ReportCell({ row }: { row: RollupRow }) {
  if (!row.report)
    return (
      <Text size="sm" c="dimmed">
        {m.reportNone}
      </Text>
    );
  return (
    <AnchorLink
      to="/bao-cao/$id"
      params={{ id: row.report.id }}
      search={{ xa: row.commune.id }}
      size="sm"
      fw={600}
      c={row.report.status === 'final' ? undefined : 'orange.9'}
      aria-label={`${row.report.status === 'final' ? m.reportFinal(row.report.reference) : m.reportDraft} — ${row.commune.name}`}
    >
      {row.report.status === 'final' ? m.reportFinal(row.report.reference) : m.reportDraft}
    </AnchorLink>
  );
}

function ValueCell({ ind, row }: { ind: RollupIndicator; row: RollupRow }) {
  const v = row.values[ind.key];
  const mark = row.marks[ind.key];
  return (
    <Table.Td ta="right" style={num} data-key={ind.key} data-mark={mark}>
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {mark && (
          <Badge
            size="xs"
            color={mark === 'low' ? 'red.8' : 'orange.8'}
            variant="filled"
            title={markLabels[mark]}
          >
            <span aria-hidden="true">{mark === 'low' ? '▼' : '▲'}</span>
            <VisuallyHidden>{markLabels[mark]}</VisuallyHidden>
          </Badge>
        )}
        {v === null || v === undefined ? (
          <>
            <span aria-hidden="true">{m.missing}</span>
            <VisuallyHidden>{m.missingLabel}</VisuallyHidden>
          </>
        ) : (
          formatValue(ind, v)
        )}
      </Group>
    </Table.Td>
  );
}

/** Communes × chosen indicators, sortable by any column, with the province's totals and averages. */
export function RollupTable(props: {
  data: Rollup;
  rows: RollupRow[];
  sort: { column: SortColumn; order: SortOrder };
  onSort: (column: SortColumn) => void;
}) {
  const { data, sort, onSort } = props;
  return (
    <Table.ScrollContainer minWidth={560 + 120 * data.indicators.length}>
      <Table striped highlightOnHover withTableBorder fz="sm" verticalSpacing={6} data-testid="bang-tong-hop">
        <Table.Caption>{m.caption(data.period.label, data.rows.length)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="commune" label={m.colCommune} sort={sort} onSort={onSort} />
            <SortHeader column="source" label={m.colSource} sort={sort} onSort={onSort} />
            {data.indicators.map((ind) => (
              <SortHeader
                key={ind.key}
                column={ind.key}
                label={capitalise(ind.label)}
                sort={sort}
                onSort={onSort}
                numeric
              />
            ))}
            <SortHeader column="report" label={m.colReport} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={row.commune.id} data-commune={row.commune.code}>
              <Table.Th scope="row" fw={600}>
                {row.commune.name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <SourceBadge source={row.source} />
              </Table.Td>
              {data.indicators.map((ind) => (
                <ValueCell key={ind.key} ind={ind} row={row} />
              ))}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ReportCell row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {m.total}
            </Table.Th>
            {data.indicators.map((ind) => (
              <Table.Td key={ind.key} ta="right" style={num} fw={700}>
                {formatValue(ind, ind.total)}
              </Table.Td>
            ))}
            <Table.Td />
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {m.average}
            </Table.Th>
            {data.indicators.map((ind) => (
              <Table.Td key={ind.key} ta="right" style={num}>
                {formatValue(ind, ind.average)}
              </Table.Td>
            ))}
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
