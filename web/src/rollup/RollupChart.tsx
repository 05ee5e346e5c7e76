import { Box, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { capitalise } from './indicators.ts';
import { rollup as m, markLabels } from './messages.ts';
import type { Rollup, RollupIndicator, RollupRow } from './types.ts';

const show = (ind: RollupIndicator, v: number) => (ind.rate ? formatPercent(v) : formatNumber(v, 1));

/**
 * One indicator across the communes as horizontal bars, in the table's order, with the
 * province average marked: the outliers stand out at a glance. The figures are in the table too.
 */
export function RollupChart(props: {
  data: Rollup;
  rows: RollupRow[];
  indicator: string;
  onIndicator: (key: string) => void;
}) {
  const ind = props.data.indicators.find((i) => i.key === props.indicator) ?? props.data.indicators[0];
  if (!ind) return null;
  const values = props.rows.map((r) => r.values[ind.key]).filter((v): v is number => typeof v === 'number');
  const max = Math.max(ind.rate ? 1 : 0, ...values, ind.average ?? 0) || 1;
  const pct = (v: number) => `${(v / max) * 100}%`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="bieu-do">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4" id="bieu-do">
          {m.chartTitle}
        </Title>
        <Select
          label={m.chartIndicator}
          data={props.data.indicators.map((i) => ({ value: i.key, label: capitalise(i.label) }))}
          value={ind.key}
          allowDeselect={false}
          w={360}
          onChange={(v) => v && props.onIndicator(v)}
        />
      </Group>
      <Stack
        gap={8}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={`${m.chartTitle}: ${capitalise(ind.label)}`}
      >
        {props.rows.map((r) => {
          const v = r.values[ind.key];
          const mark = r.marks[ind.key];
          return (
            <li key={r.commune.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {r.commune.name}
                </Text>
                <Text size="sm" fw={600} c={mark ? (mark === 'low' ? 'red.8' : 'orange.8') : undefined}>
                  {typeof v === 'number' ? show(ind, v) : m.missing}
                  {mark && ` (${markLabels[mark].toLowerCase()})`}
                </Text>
              </Group>
              <Box h={10} bg="gray.2" pos="relative" style={{ borderRadius: 4 }}>
                {typeof v === 'number' && (
                  <Box
                    h={10}
                    w={pct(v)}
                    bg={mark === 'low' ? 'red.7' : mark === 'high' ? 'orange.6' : 'indigo.6'}
                    style={{ borderRadius: 4 }}
                  />
                )}
                {ind.average !== null && (
                  <Box
                    pos="absolute"
                    top={-3}
                    h={16}
                    w={2}
                    bg="dark.6"
                    style={{ left: pct(ind.average) }}
                    aria-hidden
                  />
                )}
              </Box>
            </li>
          );
        })}
      </Stack>
      {ind.average !== null && (
        <Text size="xs" c="dimmed" mt="xs">
          {m.chartAverage(show(ind, ind.average))}
        </Text>
      )}
    </Paper>
  );
}
