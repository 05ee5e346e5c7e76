import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatNumber, formatPercent, vnDate } from '../lib/format.ts';
import { useStats } from '../lib/queries.ts';
import { PeriodBar } from '../onestop/PeriodPicker.tsx';
import { resolvePeriod } from '../onestop/period.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { groupIndicators, isRate } from './groups.ts';
import { statsPage as m } from './messages.ts';

const route = getRouteApi('/_app/thong-ke');

/** Every indicator of the commune for a period, grouped as the reports group them. */
export function StatsOverviewPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const today = vnDate();
  const period = resolvePeriod(search, today);
  const stats = useStats(commune.current?.id, { from: period.from, to: period.to });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.intro}</Text>
      </Stack>
      <PeriodBar
        period={period}
        today={today}
        onApply={(s) => void navigate({ search: (prev) => ({ xa: prev.xa, ...s }) })}
      />
      {commune.isLoading || stats.isPending ? (
        commune.current || commune.isLoading ? (
          <Loading />
        ) : (
          <Text>{m.noCommune}</Text>
        )
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          {groupIndicators(stats.data.indicators, stats.data.labels).map((g) => (
            <Paper key={g.id} withBorder p="md" component="section" aria-labelledby={`nhom-${g.id}`}>
              <Title order={2} size="h4" id={`nhom-${g.id}`} mb="xs">
                {g.title}
              </Title>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.indicator}</Table.Th>
                    <Table.Th ta="right">{m.value}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.rows.map((r) => (
                    <Table.Tr key={r.key} data-key={r.key}>
                      <Table.Td title={`${m.key}: ${r.key}`}>{r.label}</Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {isRate(r.key) ? formatPercent(r.value) : formatNumber(r.value)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
