import { Card, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { PortalFailure } from '../democracy/PortalFailure.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { usePublicCommune } from '../lib/queries.ts';
import { portal } from '../portal/messages.ts';
import { Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { portalConsultation as m } from './messages.ts';
import { usePublicDrafts } from './queries.ts';
import { DraftStatusBadge } from './StatusBadge.tsx';
import type { PublicDraftSummary } from './types.ts';

const route = getRouteApi('/cong-dan/$communeCode/lay-y-kien');

function DraftSection(props: {
  id: string;
  title: string;
  empty: string;
  communeCode: string;
  items: PublicDraftSummary[];
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id}>
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <DraftCards communeCode={props.communeCode} items={props.items} />
      )}
    </Stack>
  );
}

function DraftCards(props: { communeCode: string; items: PublicDraftSummary[] }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.items.map((d) => (
        <li key={d.id}>
          <Card
            withBorder
            padding="sm"
            renderRoot={(rootProps) => (
              <Link
                {...rootProps}
                to="/cong-dan/$communeCode/lay-y-kien/$id"
                params={{ communeCode: props.communeCode, id: d.id }}
              />
            )}
          >
            <Text fw={600}>{d.title}</Text>
            <Text size="sm" c="dimmed">
              {m.period(formatDate(d.opensOn), formatDate(d.closesOn))} ·{' '}
              {m.opinions(formatNumber(d.opinions))}
            </Text>
            <div>
              <DraftStatusBadge status={d.status} label={d.statusLabel} />
            </div>
          </Card>
        </li>
      ))}
    </Stack>
  );
}

/** Drafts the commune has put to the people: the open ones first, then the past ones with their account. */
export function PortalConsultationsPage() {
  const { communeCode } = route.useParams();
  const commune = usePublicCommune(communeCode);
  const list = usePublicDrafts(communeCode);

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

  const open = list.data.items.filter((d) => d.status === 'open');
  const past = list.data.items.filter((d) => d.status !== 'open');
  return (
    <Stack gap="md">
      {back}
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <DraftSection
        id="dang-lay-y-kien"
        title={m.openTitle}
        empty={m.noneOpen}
        communeCode={communeCode}
        items={open}
      />
      <DraftSection
        id="da-het-han"
        title={m.pastTitle}
        empty={m.nonePast}
        communeCode={communeCode}
        items={past}
      />
    </Stack>
  );
}
