import { Blockquote, Button, CopyButton, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatNumber, formatPercent, vnDate } from '../lib/format.ts';
import { useStats } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { BarChart, BarList } from './BarChart.tsx';
import { channelLabels, indicatorRows, stats as m } from './messages.ts';
import { PeriodBar } from './PeriodPicker.tsx';
import { resolvePeriod } from './period.ts';
import { useOnestopBreakdown, useOnestopSummary } from './queries.ts';
import type { Breakdown } from './types.ts';

const route = getRouteApi('/_app/mot-cua/thong-ke');

const colors = {
  received: 'var(--mantine-color-indigo-6)',
  online: 'var(--mantine-color-cyan-7)',
  resolved: 'var(--mantine-color-green-7)',
  late: 'var(--mantine-color-red-7)',
};

export function StatsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const today = vnDate();
  const period = resolvePeriod(search, today);
  const communeId = commune.current?.id;
  const stats = useStats(communeId, { from: period.from, to: period.to });
  const summary = useOnestopSummary(communeId, period.from, period.to);
  const breakdown = useOnestopBreakdown(communeId, period.from, period.to);

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <PeriodBar
        period={period}
        today={today}
        onApply={(s) => void navigate({ search: (prev) => ({ xa: prev.xa, ...s }) })}
      />

      {commune.isLoading ? (
        <Loading />
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="cau-bao-cao">
            <Title order={2} size="h4" id="cau-bao-cao">
              {m.sentence}
            </Title>
            {summary.isPending ? (
              <Loading />
            ) : summary.isError ? (
              <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
            ) : (
              <>
                <Blockquote p="md" color="indigo" data-testid="cau-bao-cao">
                  {summary.data.sentence}
                </Blockquote>
                <Group gap="sm">
                  <CopyButton value={summary.data.sentence}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="light" onClick={copy}>
                        {copied ? m.copied : m.copy}
                      </Button>
                    )}
                  </CopyButton>
                  <Text size="xs" c="dimmed">
                    {m.sentenceHint}
                  </Text>
                </Group>
              </>
            )}
          </Stack>

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Stack gap="sm" component="section" aria-labelledby="chi-tieu">
              <Title order={2} size="h4" id="chi-tieu">
                {m.indicators}
              </Title>
              {stats.isPending ? (
                <Loading />
              ) : stats.isError ? (
                <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
              ) : (
                <Table withTableBorder striped fz="sm" verticalSpacing={4} data-testid="chi-tieu">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{m.colIndicator}</Table.Th>
                      <Table.Th ta="right">{m.colValue}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {indicatorRows
                      .filter((r) => typeof stats.data.indicators[r.key] === 'number')
                      .map((r) => {
                        const v = stats.data.indicators[r.key] ?? 0;
                        return (
                          <Table.Tr key={r.key} data-key={r.key}>
                            <Table.Th scope="row" fw={r.indent ? 400 : 600} pl={r.indent ? 'xl' : undefined}>
                              {r.label}
                            </Table.Th>
                            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                              {r.percent ? formatPercent(v) : formatNumber(v)}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
            <Stack gap="sm" component="section" aria-labelledby="theo-hinh-thuc">
              <Title order={2} size="h4" id="theo-hinh-thuc">
                {m.byChannel}
              </Title>
              {stats.data && (
                <BarList
                  label={m.byChannel}
                  color={colors.received}
                  items={[
                    {
                      label: channelLabels.online,
                      value: stats.data.indicators['onestop.dossiers.receivedOnline'] ?? 0,
                    },
                    {
                      label: channelLabels.direct,
                      value: stats.data.indicators['onestop.dossiers.receivedDirect'] ?? 0,
                    },
                    {
                      label: channelLabels.postal,
                      value: stats.data.indicators['onestop.dossiers.receivedPostal'] ?? 0,
                    },
                  ]}
                />
              )}
            </Stack>
          </SimpleGrid>

          {breakdown.isPending ? (
            <Loading />
          ) : breakdown.isError ? (
            <ErrorAlert error={breakdown.error} onRetry={() => void breakdown.refetch()} />
          ) : (
            <BreakdownView data={breakdown.data} />
          )}
        </>
      )}
    </Stack>
  );
}

function BreakdownView({ data }: { data: Breakdown }) {
  const months = data.byMonth;
  const series = [
    { key: 'received', label: m.received, color: colors.received },
    { key: 'online', label: m.online, color: colors.online },
    { key: 'resolved', label: m.resolved, color: colors.resolved },
    { key: 'late', label: m.late, color: colors.late },
  ] as const;
  const sum = (k: 'received' | 'resolved' | 'early' | 'onTime' | 'late') =>
    data.bySector.reduce((t, s) => t + s[k], 0);

  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="theo-thang">
        <Title order={2} size="h4" id="theo-thang">
          {m.byMonth}
        </Title>
        <BarChart
          label={m.byMonthCaption}
          categories={months.map((x) => m.month(x.month))}
          series={[...series]}
          values={series.map((s) => months.map((x) => x[s.key]))}
        />
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder striped fz="sm" verticalSpacing={4}>
            <Table.Caption>{m.byMonthCaption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.colMonth}</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.key} ta="right">
                    {s.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((x) => (
                <Table.Tr key={x.month}>
                  <Table.Th scope="row" fw={500}>
                    {m.month(x.month)}
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.key} ta="right">
                      {formatNumber(x[s.key])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="theo-linh-vuc">
        <Title order={2} size="h4" id="theo-linh-vuc">
          {m.bySector}
        </Title>
        {data.bySector.length === 0 ? (
          <Text c="dimmed">{m.noData}</Text>
        ) : (
          <Table.ScrollContainer minWidth={620}>
            <Table withTableBorder striped fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colSector}</Table.Th>
                  <Table.Th ta="right">{m.received}</Table.Th>
                  <Table.Th ta="right">{m.resolved}</Table.Th>
                  <Table.Th ta="right">{m.early}</Table.Th>
                  <Table.Th ta="right">{m.onTime}</Table.Th>
                  <Table.Th ta="right">{m.late}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.bySector.map((s) => (
                  <Table.Tr key={s.sector}>
                    <Table.Th scope="row" fw={500}>
                      {s.sector}
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(s.received)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.resolved)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.early)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.onTime)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.late)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row">{m.total}</Table.Th>
                  <Table.Td ta="right">{formatNumber(sum('received'))}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum('resolved'))}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum('early'))}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum('onTime'))}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum('late'))}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
