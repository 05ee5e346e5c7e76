import { Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { usePublicCommune } from '../lib/queries.ts';
import { searchKey } from '../lib/text.ts';
import { usePublicProcedures } from '../onestop/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { portalOnestop as m, portal } from './messages.ts';

const route = getRouteApi('/cong-dan/$communeCode/thu-tuc');

/** The commune's published procedures as cards (no table: it must read on a 360px phone). */
export function PortalProceduresPage() {
  const { communeCode } = route.useParams();
  const commune = usePublicCommune(communeCode);
  const list = usePublicProcedures(communeCode);
  const [q, setQ] = useState('');

  const back = (
    <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
      ← {commune.data?.name ?? m.backToCommune}
    </AnchorLink>
  );

  if (list.isPending) return <Loading />;
  if (list.isError)
    return (
      <Stack>
        {isApiError(list.error) && list.error.status === 404 ? (
          <Text>{portal.notFound}</Text>
        ) : (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        )}
        {back}
      </Stack>
    );

  const needle = searchKey(q);
  const shown = needle
    ? list.data.items.filter((p) => searchKey(`${p.code} ${p.name} ${p.sector}`).includes(needle))
    : list.data.items;

  return (
    <Stack gap="md">
      {back}
      <Title order={1} size="h2">
        {m.proceduresTitle}
      </Title>
      {list.data.items.length === 0 ? (
        <Text c="dimmed">{m.none}</Text>
      ) : (
        <>
          <TextInput
            type="search"
            label={m.search}
            placeholder={m.searchPlaceholder}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(formatNumber(shown.length))}
          </Text>
          {shown.length === 0 ? (
            <Text>{m.empty}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {shown.map((p) => (
                <li key={p.id}>
                  <Card
                    withBorder
                    padding="sm"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/cong-dan/$communeCode/thu-tuc/$code"
                        params={{ communeCode, code: p.code }}
                      />
                    )}
                  >
                    <Text fw={600}>{p.name}</Text>
                    <Group gap="xs" mt={2}>
                      <Text size="sm" c="dimmed">
                        {p.sector} · {p.code}
                      </Text>
                    </Group>
                    <Text size="sm">
                      {m.days}:{' '}
                      {p.processingDays === 0 ? m.sameDay : m.daysValue(formatNumber(p.processingDays))}
                    </Text>
                  </Card>
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
