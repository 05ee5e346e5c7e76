import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { CivicPortalLinks } from '../civic/PortalLinks.tsx';
import { DemocracyPortalLinks } from '../democracy/PortalLinks.tsx';
import { isApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { usePublicCommune } from '../lib/queries.ts';
import { DemoBadge, ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { LookupForm } from './LookupForm.tsx';
import { portal, portalOnestop } from './messages.ts';

const route = getRouteApi('/cong-dan/$communeCode');

function BackLink() {
  return (
    <AnchorLink to="/cong-dan" size="sm">
      ← {portal.back}
    </AnchorLink>
  );
}

export function PortalCommunePage() {
  const { communeCode } = route.useParams();
  const commune = usePublicCommune(communeCode);

  if (commune.isPending) return <Loading />;
  if (commune.isError) {
    return (
      <Stack>
        {isApiError(commune.error) && commune.error.status === 404 ? (
          <Text>{portal.notFound}</Text>
        ) : (
          <ErrorAlert error={commune.error} onRetry={() => void commune.refetch()} />
        )}
        <BackLink />
      </Stack>
    );
  }

  const c = commune.data;
  return (
    <Stack gap="lg">
      <BackLink />
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {c.name}
          </Title>
          {c.demo && <DemoBadge />}
        </Group>
        <Text>
          {portal.province}: <strong>{c.provinceName}</strong>
        </Text>
        {c.districtName && (
          <Text>
            {portal.district}: <strong>{c.districtName}</strong>
          </Text>
        )}
      </Stack>
      <Card withBorder padding="md">
        <AnchorLink to="/cong-dan/$communeCode/thu-tuc" params={{ communeCode: c.code }} fw={600} size="lg">
          {portalOnestop.proceduresLink} →
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {portalOnestop.proceduresIntro}
        </Text>
      </Card>
      <DemocracyPortalLinks communeCode={c.code} />
      <CivicPortalLinks communeCode={c.code} />
      <LookupForm communeCode={c.code} />
      <Stack gap="sm" component="section" aria-labelledby="thon-to-dan-pho">
        <Title order={2} size="h3" id="thon-to-dan-pho">
          {portal.villagesTitle} ({formatNumber(c.villages.length)})
        </Title>
        {c.villages.length === 0 ? (
          <Text c="dimmed">{portal.noVillages}</Text>
        ) : (
          <List style={{ columns: '12rem' }} spacing={4}>
            {c.villages.map((v) => (
              <List.Item key={v.name}>{v.name}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
