import { Card, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { PortalFailure } from '../democracy/PortalFailure.tsx';
import { recentYears } from '../democracy/period.ts';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { usePublicCommune } from '../lib/queries.ts';
import { portal } from '../portal/messages.ts';
import { Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { portalDisclosure as m } from './messages.ts';
import { usePublicDisclosures } from './queries.ts';

const route = getRouteApi('/cong-dan/$communeCode/cong-khai');

/** What the commune has disclosed in a year, as cards readable on a phone. */
export function PortalDisclosuresPage() {
  const { communeCode } = route.useParams();
  const commune = usePublicCommune(communeCode);
  const [year, setYear] = useState(vnDate().slice(0, 4));
  const list = usePublicDisclosures(communeCode, Number(year));

  const back = (
    <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
      ← {commune.data?.name ?? m.back}
    </AnchorLink>
  );
  if (list.isPending) return <Loading />;
  if (list.isError)
    return (
      <PortalFailure
        error={list.error}
        notFound={portal.notFound}
        onRetry={() => void list.refetch()}
        back={back}
      />
    );

  return (
    <Stack gap="md">
      {back}
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <Select
        label={m.year}
        data={recentYears()}
        value={year}
        onChange={(v) => v && setYear(v)}
        allowDeselect={false}
        w={140}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {m.count(formatNumber(list.data.items.length))}
      </Text>
      {list.data.items.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((d) => (
            <li key={d.id}>
              <Card withBorder padding="sm">
                <Text fw={600}>{d.title}</Text>
                <Text size="sm" c="dimmed">
                  {d.categoryName}
                </Text>
                {d.document && <Text size="sm">{d.document.citation}</Text>}
                <Text size="sm">
                  {m.period(formatDate(d.postedFrom), formatDate(d.postedTo))} · {d.placeLabels.join('; ')}
                </Text>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
