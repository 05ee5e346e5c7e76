import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../lib/api.ts';
import { formatDateTime, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { genreLabels, list as m, statusLabels } from './messages.ts';
import { lastEndedHalf, type PeriodKind, periodChoices, periodLabel } from './period.ts';
import { useCreateReport, useReports } from './queries.ts';
import type { Genre, ReportSummary } from './types.ts';

const route = getRouteApi('/_app/bao-cao');
const PAGE = 20;
const genreOptions = Object.entries(genreLabels).map(([value, label]) => ({ value, label }));

/** A commune's reports (newest first) and, for its staff, the form that drafts a new one. */
export function ReportListPage() {
  const session = useSession().data;
  const commune = useCurrentCommune();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const offset = search.tu ?? 0;
  const reports = useReports(commune.current?.id, { genre: search.loai, limit: PAGE, offset });
  const writes = session ? canWriteOnestop(session.user.role) : false;

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {m.title}
        {commune.current ? ` — ${commune.current.name}` : ''}
      </Title>
      {writes && commune.current ? (
        <NewReportForm communeId={commune.current.id} existing={reports.data?.items ?? []} />
      ) : (
        <Text size="sm" c="dimmed">
          {m.readOnly}
        </Text>
      )}
      <Group align="flex-end">
        <Select
          label={m.filterGenre}
          data={[{ value: '', label: m.filterAll }, ...genreOptions]}
          value={search.loai ?? ''}
          allowDeselect={false}
          w={360}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({ ...prev, loai: (v || undefined) as Genre | undefined, tu: undefined }),
            })
          }
        />
      </Group>
      {commune.isLoading || reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <Text c="dimmed">{search.loai ? m.emptyFiltered : m.empty}</Text>
      ) : (
        <>
          <ReportTable items={reports.data.items} />
          {reports.data.total > PAGE && (
            <Group gap="sm">
              <Button
                variant="default"
                size="xs"
                disabled={offset === 0}
                onClick={() =>
                  void navigate({ search: (p) => ({ ...p, tu: Math.max(0, offset - PAGE) || undefined }) })
                }
              >
                {m.previous}
              </Button>
              <Text size="sm">
                {m.page(offset + 1, Math.min(offset + PAGE, reports.data.total), reports.data.total)}
              </Text>
              <Button
                variant="default"
                size="xs"
                disabled={offset + PAGE >= reports.data.total}
                onClick={() => void navigate({ search: (p) => ({ ...p, tu: offset + PAGE }) })}
              >
                {m.next}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function ReportTable({ items }: { items: ReportSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="danh-sach-bao-cao">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.colGenre}</Table.Th>
            <Table.Th>{m.colPeriod}</Table.Th>
            <Table.Th>{m.colStatus}</Table.Th>
            <Table.Th>{m.colNumber}</Table.Th>
            <Table.Th>{m.colUpdated}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <AnchorLink to="/bao-cao/$id" params={{ id: r.id }} search={(p) => ({ xa: p.xa })} fw={600}>
                  {genreLabels[r.genre]}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{periodLabel(r.period.key)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Badge color={r.status === 'final' ? 'green' : 'orange'} variant="light" c="dark.8">
                    {statusLabels[r.status]}
                  </Badge>
                  {r.version > 1 && <Text size="xs">{m.version(r.version)}</Text>}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.reference ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(r.finalisedAt ?? r.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const kindOf: Record<Genre, PeriodKind> = { 'dan-van': 'half', 'so-ket': 'years', cchc: 'year' };

function NewReportForm({ communeId, existing }: { communeId: string; existing: ReportSummary[] }) {
  const navigate = useNavigate();
  const today = vnDate();
  const [genre, setGenre] = useState<Genre>('dan-van');
  const [kind, setKind] = useState<PeriodKind>('half');
  const choices = periodChoices(today, [kind]);
  const [period, setPeriod] = useState(lastEndedHalf(today));
  const create = useCreateReport(communeId);
  const value = choices.includes(period) ? period : (choices[0] ?? '');
  const draftOfPeriod = existing.find(
    (r) => r.genre === genre && r.period.key === value && r.status === 'draft',
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { genre, period: value },
      {
        onSuccess: (r) =>
          void navigate({ to: '/bao-cao/$id', params: { id: r.id }, search: (p) => ({ xa: p.xa }) }),
      },
    );
  };
  const fieldError = isApiError(create.error) ? create.error.fields['body.period'] : undefined;

  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit}>
      <Title order={2} size="h4">
        {m.newTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {m.newHint}
      </Text>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Select
            label={m.genre}
            data={genreOptions}
            value={genre}
            allowDeselect={false}
            onChange={(v) => {
              if (!v) return;
              setGenre(v as Genre);
              setKind(kindOf[v as Genre]);
              create.reset();
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Text size="sm" fw={500} mb={4} id="loai-ky">
            {m.periodKind}
          </Text>
          <SegmentedControl
            aria-labelledby="loai-ky"
            fullWidth
            value={kind}
            onChange={(v) => {
              setKind(v as PeriodKind);
              create.reset();
            }}
            data={[
              { value: 'half', label: m.periodHalf },
              { value: 'year', label: m.periodYear },
              { value: 'years', label: m.periodYears },
            ]}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Select
            label={m.period}
            data={choices.map((k) => ({ value: k, label: periodLabel(k) }))}
            value={value}
            allowDeselect={false}
            error={fieldError}
            onChange={(v) => {
              if (v) setPeriod(v);
              create.reset();
            }}
          />
        </Grid.Col>
      </Grid>
      {create.isError && !fieldError && (
        <Alert color="red" variant="light" mt="sm" role="alert">
          <Text size="sm">{create.error.message}</Text>
          {draftOfPeriod && (
            <AnchorLink
              to="/bao-cao/$id"
              params={{ id: draftOfPeriod.id }}
              search={(p) => ({ xa: p.xa })}
              size="sm"
            >
              {periodLabel(draftOfPeriod.period.key)}: {statusLabels.draft}
            </AnchorLink>
          )}
        </Alert>
      )}
      <Button type="submit" mt="md" loading={create.isPending}>
        {create.isPending ? m.creating : m.create}
      </Button>
    </Paper>
  );
}
