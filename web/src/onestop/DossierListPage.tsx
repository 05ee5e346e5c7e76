import { Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { ButtonLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { DossierFilters } from './DossierFilters.tsx';
import { DossierTable } from './DossierTable.tsx';
import { list, nav } from './messages.ts';
import { useDossiers } from './queries.ts';

const PAGE_SIZE = 50;
const route = getRouteApi('/_app/mot-cua/ho-so');

export function DossierListPage() {
  const role = useSession().data?.user.role;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const page = search.page ?? 1;
  const { page: _page, xa: _xa, ...filter } = search;
  const communeId = commune.current?.id;
  const query = useDossiers(
    communeId ? { communeId, ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } : undefined,
  );

  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {list.title}
        </Title>
        {role && canWriteOnestop(role) && <ButtonLink to="/mot-cua/tiep-nhan">{nav.receive}</ButtonLink>}
      </Group>
      <Paper withBorder p="md">
        <DossierFilters
          key={JSON.stringify(filter)}
          value={filter}
          onApply={(f) => void navigate({ search: (prev) => ({ xa: prev.xa, ...f }) })}
        />
      </Paper>
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{list.empty}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {list.range(formatNumber(first), formatNumber(last), formatNumber(total))}
          </Text>
          <DossierTable items={query.data.items} />
          {pages > 1 && (
            <Group justify="center" component="nav" aria-label={list.pagination}>
              <Pagination
                total={pages}
                value={page}
                onChange={(p) =>
                  void navigate({ search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }) })
                }
                getItemProps={(p) => ({ 'aria-label': list.pageN(p) })}
                getControlProps={(control) => ({ 'aria-label': list.pageControls[control] })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
