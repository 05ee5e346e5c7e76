import { List, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { PetitionAttention } from '../petitions/AttentionCard.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { home } from './messages.ts';
import { ProfileFigures } from './ProfileFigures.tsx';

export function HomePage() {
  const { current, isLoading, error } = useCurrentCommune();
  const commune = useCommune(current?.id);

  if (isLoading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!current) return <Text>{home.noCommune}</Text>;

  const villages = commune.data?.villages ?? [];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {/* The demo badge sits in the header, on every page, next to the commune's name. */}
        <Title order={1} size="h2">
          {current.name}
        </Title>
        <Text>
          {home.province}: <strong>{current.provinceName}</strong>
        </Text>
        {current.districtName && (
          <Text>
            {home.district}: <strong>{current.districtName}</strong>
          </Text>
        )}
      </Stack>

      <ProfileFigures communeId={current.id} />

      <PetitionAttention communeId={current.id} />

      <Stack gap="sm" component="section" aria-labelledby="thon-to-dan-pho">
        <Title order={2} size="h3" id="thon-to-dan-pho">
          {home.villagesTitle}
          {commune.data && ` (${formatNumber(villages.length)})`}
        </Title>
        {commune.isPending ? (
          <Loading />
        ) : commune.isError ? (
          <ErrorAlert error={commune.error} onRetry={() => void commune.refetch()} />
        ) : villages.length === 0 ? (
          <Text c="dimmed">{home.noVillages}</Text>
        ) : (
          <List style={{ columns: '14rem' }} spacing={4}>
            {villages.map((v) => (
              <List.Item key={v.id}>{v.name}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
