import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useStats } from '../lib/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { home, profileIndicators } from './messages.ts';

export function ProfileFigures({ communeId }: { communeId: string }) {
  const stats = useStats(communeId);
  const headingId = 'thong-tin-chung';

  let body: React.ReactNode;
  if (stats.isPending) body = <Loading />;
  else if (stats.isError) body = <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
  else {
    const { indicators, to } = stats.data;
    const shown = profileIndicators.filter((i) => typeof indicators[i.key] === 'number');
    body =
      shown.length === 0 ? (
        <Text c="dimmed">{home.noProfile}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
            {shown.map((i) => (
              <Paper key={i.key} withBorder p="md">
                <Text component="dt" size="sm" c="dimmed">
                  {i.label}
                </Text>
                <Text component="dd" m={0} fw={700} size="xl">
                  {formatNumber(indicators[i.key] ?? 0, i.decimals)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {home.profileAsOf(formatDate(to))}
          </Text>
        </>
      );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {home.profileTitle}
      </Title>
      {body}
    </Stack>
  );
}
