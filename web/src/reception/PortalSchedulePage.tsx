import { Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { portalSchedule as m } from './messages.ts';
import { usePublicSchedule } from './queries.ts';

const route = getRouteApi('/cong-dan/$communeCode/lich-tiep-cong-dan');

/** The published reception schedule, one card per slot: readable on a phone. */
export function PortalSchedulePage() {
  const { communeCode } = route.useParams();
  const query = usePublicSchedule(communeCode);
  return (
    <Stack gap="lg">
      <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
        ← {m.backToCommune}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text size="sm">{m.intro}</Text>
      </Stack>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {query.data.items.map((s) => (
            <Paper component="li" withBorder p="md" key={s.id}>
              <Text fw={700}>
                {s.when}, {s.startTime}–{s.endTime}
              </Text>
              <Text>
                {m.receiver}: <strong>{s.receiverName}</strong> ({s.receiverRole})
              </Text>
              <Text>
                {m.place}: {s.place}
              </Text>
              <Text size="sm" c="dimmed">
                {m.kind}: {s.kindLabel}
                {s.validTo && ` · ${m.validTo(formatDate(s.validTo))}`}
              </Text>
              {s.note && (
                <Text size="sm" mt={4}>
                  {s.note}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
