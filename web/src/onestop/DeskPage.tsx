import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { DossierTable } from './DossierTable.tsx';
import { desk, nav } from './messages.ts';
import { useDossiers } from './queries.ts';
import type { DeskView } from './types.ts';

const SHOWN = 10;

const sections: { view: Exclude<DeskView, 'open'>; title: string; empty: string; color: string }[] = [
  { view: 'dueToday', title: desk.dueToday, empty: desk.emptyDueToday, color: 'indigo' },
  { view: 'overdue', title: desk.overdue, empty: desk.emptyOverdue, color: 'red' },
  { view: 'awaitingSupplement', title: desk.awaitingSupplement, empty: desk.emptyAwaiting, color: 'orange' },
];

/** The desk's day: what is due today, what is late, what waits for the citizen. */
export function DeskPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const communeId = commune.current?.id;
  const filter = (view: DeskView) => (communeId ? { communeId, view, limit: SHOWN, offset: 0 } : undefined);
  const queries = {
    dueToday: useDossiers(filter('dueToday')),
    overdue: useDossiers(filter('overdue')),
    awaitingSupplement: useDossiers(filter('awaitingSupplement')),
    open: useDossiers(filter('open')),
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    void navigate({ to: '/mot-cua/ho-so', search: (prev) => ({ xa: prev.xa, q: q.trim() || undefined }) });
  };

  if (commune.isLoading) return <Loading />;
  if (commune.error) return <ErrorAlert error={commune.error} />;

  const count = (v: DeskView) => {
    const total = queries[v].data?.total;
    return total === undefined ? '…' : formatNumber(total);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {desk.title}
          </Title>
          <Text c="dimmed" size="sm">
            {desk.intro(formatDate(vnDate()))}
          </Text>
        </div>
        {role && canWriteOnestop(role) && <ButtonLink to="/mot-cua/tiep-nhan">{nav.receive}</ButtonLink>}
      </Group>

      <form onSubmit={onSearch} aria-label={desk.quickSearch}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            label={desk.quickSearch}
            placeholder={desk.quickSearchPlaceholder}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default">
            {desk.search}
          </Button>
        </Group>
      </form>

      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        {[...sections, { view: 'open' as const, title: desk.open, color: 'gray' }].map((s) => (
          <Paper key={s.view} withBorder p="md">
            <Text component="dt" size="sm" c="dimmed">
              {s.title}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl" c={`${s.color}.8`}>
              <AnchorLink
                to="/mot-cua/ho-so"
                search={(prev: { xa?: string }) => ({ xa: prev.xa, view: s.view })}
                inherit
                c="inherit"
                aria-label={`${s.title}: ${desk.count(count(s.view))}`}
              >
                {count(s.view)}
              </AnchorLink>
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {sections.map((s) => {
        const query = queries[s.view];
        const headingId = `viec-${s.view}`;
        return (
          <Stack key={s.view} gap="xs" component="section" aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId}>
              {s.title} ({count(s.view)})
            </Title>
            {query.isPending ? (
              <Loading />
            ) : query.isError ? (
              <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
            ) : query.data.items.length === 0 ? (
              <Text c="dimmed" size="sm">
                {s.empty}
              </Text>
            ) : (
              <>
                <DossierTable items={query.data.items} />
                {query.data.total > SHOWN && (
                  <AnchorLink
                    to="/mot-cua/ho-so"
                    search={(prev: { xa?: string }) => ({ xa: prev.xa, view: s.view })}
                    size="sm"
                  >
                    {desk.more(formatNumber(query.data.total))}
                  </AnchorLink>
                )}
              </>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
