import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { isAdmin } from '../shell/roles.ts';
import { DeadlineRulesTable } from './DeadlineRulesTable.tsx';
import { calendar as m } from './messages.ts';
import { OverrideEditor } from './OverrideEditor.tsx';
import { useCalendarYear } from './queries.ts';
import { Legend, YearGrid } from './YearGrid.tsx';

const route = getRouteApi('/_app/lich-lam-viec');

export function CalendarPage() {
  const role = useSession().data?.user.role;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.nam ?? Number(vnDate().slice(0, 4));
  const query = useCalendarYear(year);
  const go = (y: number) => void navigate({ search: (prev) => ({ ...prev, nam: y }) });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed" size="sm">
          {m.intro}
        </Text>
      </div>
      <Group gap="sm" component="nav" aria-label={m.year}>
        <Button variant="default" onClick={() => go(year - 1)} disabled={year <= 1900}>
          ← {m.prevYear}
        </Button>
        <Text fw={700} size="xl" aria-live="polite">
          {m.year} {year}
        </Text>
        <Button variant="default" onClick={() => go(year + 1)} disabled={year >= 2100}>
          {m.nextYear} →
        </Button>
      </Group>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Legend />
          <Text size="sm">
            {m.workingCount(formatNumber(query.data.days.filter((d) => d.working).length))}
          </Text>
          <YearGrid year={year} days={query.data.days} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <DayList title={m.daysOffTitle} items={query.data.holidays} id="ngay-nghi" />
            <DayList title={m.makeUpTitle} items={query.data.makeUpWorkingDays} id="ngay-lam-bu" />
          </SimpleGrid>
          {role && isAdmin(role) ? (
            <OverrideEditor key={year} data={query.data} />
          ) : (
            <Text c="dimmed" size="sm">
              {m.readOnly}
            </Text>
          )}
        </>
      )}
      <DeadlineRulesTable />
    </Stack>
  );
}

function DayList(props: { title: string; items: { date: string; name: string }[]; id: string }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id}>
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {m.none}
        </Text>
      ) : (
        <Table withTableBorder striped fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{m.colDate}</Table.Th>
              <Table.Th>{m.colName}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.items.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{formatDate(d.date)}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
