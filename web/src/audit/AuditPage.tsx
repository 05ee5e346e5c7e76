import { Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useRef } from 'react';
import { formatNumber } from '../lib/format.ts';
import { useAudit, useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { canViewAudit } from '../shell/roles.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { audit } from './messages.ts';

const PAGE_SIZE = 50;
const route = getRouteApi('/_app/nhat-ky');

export function AuditPage() {
  const role = useSession().data?.user.role;
  if (!role || !canViewAudit(role)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {audit.forbiddenTitle}
        </Title>
        <Text>{audit.forbiddenText}</Text>
      </Stack>
    );
  }
  return <AuditLog canSeeAll={role === 'admin'} />;
}

function AuditLog({ canSeeAll }: { canSeeAll: boolean }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const page = search.page ?? 1;
  const { page: _page, xa: _xa, ...filter } = search;

  const { scope, ...rest } = filter;
  const all = canSeeAll && scope === 'all';
  const query = useAudit(
    {
      communeId: all ? undefined : commune.current?.id,
      ...rest,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    all || Boolean(commune.current),
  );
  const communeName = (id: string | null) =>
    commune.communes.find((c) => c.id === id)?.name ?? id ?? audit.noCommuneEntry;

  // Names of actors and entities met so far feed the filter lists (no list endpoint exists).
  const actors = useRef(new Map<string, string>()).current;
  const entities = useRef(new Set<string>()).current;
  for (const e of query.data?.items ?? []) {
    if (e.actor) actors.set(e.actor.id, e.actor.fullName);
    entities.add(e.entity);
  }

  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {audit.title}
        </Title>
        <Text c="dimmed" size="sm">
          {audit.intro}
        </Text>
      </div>

      <Paper withBorder p="md">
        <AuditFilters
          key={JSON.stringify(filter)}
          value={filter}
          actors={actors}
          seenEntities={entities}
          canSeeAll={canSeeAll}
          onApply={(f) => void navigate({ search: (prev) => ({ xa: prev.xa, ...f }) })}
        />
      </Paper>

      {!all && !commune.isLoading && !commune.current ? (
        <Text>{audit.noCommune}</Text>
      ) : (!all && commune.isLoading) || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{audit.empty}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {audit.range(formatNumber(first), formatNumber(last), formatNumber(total))}
          </Text>
          <AuditTable
            items={query.data.items}
            communeName={all ? communeName : undefined}
            onActor={(actorId) =>
              void navigate({ search: (prev) => ({ ...prev, actorId, page: undefined }) })
            }
          />
          {pages > 1 && (
            <Group justify="center" component="nav" aria-label={audit.pagination}>
              <Pagination
                total={pages}
                value={page}
                onChange={(p) =>
                  void navigate({ search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }) })
                }
                getItemProps={(p) => ({ 'aria-label': audit.pageN(p) })}
                getControlProps={(control) => ({ 'aria-label': audit.pageControls[control] })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
