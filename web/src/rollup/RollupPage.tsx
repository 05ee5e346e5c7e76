import {
  Alert,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { vnDate } from '../lib/format.ts';
import { useCommunes, useSession } from '../lib/queries.ts';
import { genreLabels } from '../reports/messages.ts';
import { lastEndedHalf, periodChoices, periodKind, periodLabel } from '../reports/period.ts';
import type { Genre } from '../reports/types.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { indicatorOptions } from './indicators.ts';
import { rollup as m } from './messages.ts';
import { rollupUrl, useRollup } from './queries.ts';
import { RollupChart } from './RollupChart.tsx';
import { RollupTable } from './RollupTable.tsx';
import { firstOrder, type SortColumn, sortRows } from './sort.ts';
import type { Rollup, RollupQuery } from './types.ts';

const route = getRouteApi('/_app/tong-hop');

function periodOptions(today: string, current: string) {
  const choices = periodChoices(today, ['half', 'year', 'years']);
  if (!choices.includes(current)) choices.unshift(current);
  const group = (label: string, kind: string) => ({
    group: label,
    items: choices.filter((k) => periodKind(k) === kind).map((k) => ({ value: k, label: periodLabel(k) })),
  });
  return [group(m.periodHalf, 'half'), group(m.periodYear, 'year'), group(m.periodYears, 'years')];
}

/** The province reviewer's table of all communes for a period (admins choose the province). */
export function RollupPage() {
  const session = useSession().data;
  const communes = useCommunes();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const today = vnDate();
  const options = useMemo(indicatorOptions, []);

  const provinces = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of communes.data?.items ?? []) seen.set(c.provinceId, c.provinceName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [communes.data]);
  const role = session?.user.role;
  const provinceId =
    role === 'province' ? (session?.user.provinceId ?? undefined) : (search.tinh ?? provinces[0]?.value);

  const query: RollupQuery = {
    period: search.ky ?? lastEndedHalf(today),
    genre: search.loai ?? 'dan-van',
    keys: search.chiTieu?.split(','),
  };
  const data = useRollup(role === 'province' || role === 'admin' ? provinceId : undefined, query);
  const column: SortColumn = search.sapXep ?? 'commune';
  const sort = { column, order: search.thuTu ?? firstOrder(column) };
  const rows = useMemo(
    () => (data.data ? sortRows(data.data.rows, sort.column, sort.order) : []),
    [data.data, sort.column, sort.order],
  );

  const onSort = (next: SortColumn) => {
    const order = next === sort.column ? (sort.order === 'asc' ? 'desc' : 'asc') : firstOrder(next);
    void navigate({ search: (prev) => ({ ...prev, sapXep: next, thuTu: order }), replace: true });
  };

  if (role !== 'province' && role !== 'admin') {
    return <Alert color="yellow">{m.provinceOnly}</Alert>;
  }

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {data.data ? `${m.title}: ${data.data.province.name}` : m.title}
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: role === 'admin' && provinces.length > 1 ? 3 : 2 }} mb="sm">
          {role === 'admin' && provinces.length > 1 && (
            <Select
              label={m.province}
              data={provinces}
              value={provinceId ?? null}
              allowDeselect={false}
              onChange={(v) => v && void navigate({ search: (prev) => ({ ...prev, tinh: v }) })}
            />
          )}
          <Select
            label={m.genre}
            data={Object.entries(genreLabels).map(([value, label]) => ({ value, label }))}
            value={query.genre}
            allowDeselect={false}
            onChange={(v) => v && void navigate({ search: (prev) => ({ ...prev, loai: v as Genre }) })}
          />
          <Select
            label={m.period}
            data={periodOptions(today, query.period)}
            value={query.period}
            allowDeselect={false}
            onChange={(v) => v && void navigate({ search: (prev) => ({ ...prev, ky: v }) })}
          />
        </SimpleGrid>
        <MultiSelect
          label={m.indicators}
          description={m.indicatorsHint}
          data={options}
          value={query.keys ?? data.data?.indicators.map((i) => i.key) ?? []}
          searchable
          clearable
          maxValues={40}
          hidePickedOptions
          onChange={(keys) =>
            void navigate({
              search: (prev) => ({ ...prev, chiTieu: keys.length ? keys.join(',') : undefined }),
            })
          }
        />
      </Paper>

      {!provinceId ? (
        communes.isPending ? (
          <Loading />
        ) : (
          <Alert color="yellow">{m.noProvince}</Alert>
        )
      ) : data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <RollupBody
          data={data.data}
          rows={rows}
          sort={sort}
          onSort={onSort}
          provinceId={provinceId}
          query={query}
        />
      )}
    </Stack>
  );
}

function RollupBody(props: {
  data: Rollup;
  rows: Rollup['rows'];
  sort: { column: SortColumn; order: 'asc' | 'desc' };
  onSort: (c: SortColumn) => void;
  provinceId: string;
  query: RollupQuery;
}) {
  const { data } = props;
  // The chart follows the column the table is sorted by until the reviewer picks another.
  const [picked, setChartKey] = useState<string>();
  const sorted = data.indicators.some((i) => i.key === props.sort.column) ? props.sort.column : undefined;
  const chartKey = picked ?? sorted ?? data.indicators[0]?.key ?? '';
  const drafts = new Map(data.rows.map((r) => [r.commune.id, r.report]));
  return (
    <>
      <Group gap="sm">
        <Button
          component="a"
          href={rollupUrl(props.provinceId, props.query, 'xlsx')}
          download
          variant="light"
        >
          {m.downloadXlsx}
        </Button>
        <Button
          component="a"
          href={rollupUrl(props.provinceId, props.query, 'docx')}
          download
          variant="light"
        >
          {m.downloadDocx}
        </Button>
      </Group>
      {data.rows.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <RollupTable data={data} rows={props.rows} sort={props.sort} onSort={props.onSort} />
      )}
      <Text size="xs" c="dimmed">
        {m.outliers}: {data.outlierRule}
      </Text>
      {data.rows.length > 0 && data.indicators.length > 0 && (
        <RollupChart data={data} rows={props.rows} indicator={chartKey} onIndicator={setChartKey} />
      )}
      <Stack gap="xs" component="section" aria-labelledby="chua-ban-hanh">
        <Title order={2} size="h4" id="chua-ban-hanh">
          {m.notFinalisedTitle}
        </Title>
        {data.notFinalised.length === 0 ? (
          <Text size="sm">{m.notFinalisedNone}</Text>
        ) : (
          <>
            <Text size="sm">{m.notFinalisedCount(data.notFinalised.length)}</Text>
            <List size="sm" data-testid="chua-ban-hanh">
              {data.notFinalised.map((c) => {
                const draft = drafts.get(c.id);
                return (
                  <List.Item key={c.id}>
                    {c.name} —{' '}
                    {draft ? (
                      <AnchorLink to="/bao-cao/$id" params={{ id: draft.id }} search={{ xa: c.id }}>
                        {m.draftOpen}
                      </AnchorLink>
                    ) : (
                      m.noReport
                    )}
                  </List.Item>
                );
              })}
            </List>
          </>
        )}
      </Stack>
    </>
  );
}
