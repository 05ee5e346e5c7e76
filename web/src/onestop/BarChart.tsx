import { Box, Group, Stack, Text } from '@mantine/core';
import { formatNumber } from '../lib/format.ts';
import { niceTicks } from './chart.ts';

export interface Series {
  key: string;
  label: string;
  color: string;
}

const W = 720;
const H = 260;
const PAD = { left: 48, right: 8, top: 12, bottom: 28 };

/**
 * Grouped vertical bars in plain SVG (no chart library: a few dozen bars need none). The numbers
 * are also in the table next to it; the SVG is one labelled image for screen readers.
 */
export function BarChart(props: {
  label: string;
  categories: string[];
  series: Series[];
  /** values[s][c]: series s, category c. */
  values: number[][];
}) {
  const max = Math.max(0, ...props.values.flat());
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = Math.max(1, props.categories.length);
  const groupW = plotW / n;
  const barW = Math.max(2, (groupW * 0.8) / props.series.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;

  return (
    <Stack gap="xs">
      <Group gap="md" aria-hidden>
        {props.series.map((s) => (
          <Group key={s.key} gap={6} wrap="nowrap">
            <Box w={12} h={12} style={{ background: s.color, borderRadius: 2 }} />
            <Text size="sm">{s.label}</Text>
          </Group>
        ))}
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={props.label}
          style={{ width: '100%', minWidth: 520, height: 'auto', display: 'block' }}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#dee2e6" />
              <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#495057">
                {formatNumber(t)}
              </text>
            </g>
          ))}
          {props.categories.map((c, ci) => {
            const x0 = PAD.left + ci * groupW + groupW * 0.1;
            return (
              <g key={c}>
                {props.series.map((s, si) => {
                  const v = props.values[si]?.[ci] ?? 0;
                  return (
                    <rect
                      key={s.key}
                      x={x0 + si * barW}
                      y={y(v)}
                      width={barW - 1}
                      height={Math.max(0, PAD.top + plotH - y(v))}
                      fill={s.color}
                    >
                      <title>{`${c} · ${s.label}: ${formatNumber(v)}`}</title>
                    </rect>
                  );
                })}
                <text
                  x={PAD.left + ci * groupW + groupW / 2}
                  y={H - 8}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#495057"
                >
                  {c}
                </text>
              </g>
            );
          })}
          <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#868e96" />
        </svg>
      </Box>
    </Stack>
  );
}

/** Horizontal bars as a list: label, value, a bar proportional to the largest value. */
export function BarList(props: { label: string; items: { label: string; value: number }[]; color: string }) {
  const max = Math.max(1, ...props.items.map((i) => i.value));
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={props.label}>
      {props.items.map((i) => (
        <li key={i.label}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {i.label}
            </Text>
            <Text size="sm" fw={600}>
              {formatNumber(i.value)}
            </Text>
          </Group>
          <Box h={8} bg="gray.2" style={{ borderRadius: 4 }}>
            <Box h={8} w={`${(i.value / max) * 100}%`} style={{ background: props.color, borderRadius: 4 }} />
          </Box>
        </li>
      ))}
    </Stack>
  );
}
