import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatNumber } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { kindLabels, attention as m } from './messages.ts';
import { usePetitionAttention } from './queries.ts';
import type { AttentionItem, PetitionView } from './types.ts';

const SHOWN = 5;

/** The home page's overdue and due-soon petitions, each list linking to its full view. */
export function PetitionAttention({ communeId }: { communeId: string }) {
  const query = usePetitionAttention(communeId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="don-thu-can-chu-y">
      <Title order={2} size="h3" id="don-thu-can-chu-y" mb="sm">
        {m.title}
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.overdue.length + query.data.dueSoon.length === 0 ? (
        <Text c="dimmed">{m.none}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <List
            title={m.overdue(formatNumber(query.data.overdue.length))}
            items={query.data.overdue}
            view="overdue"
          />
          <List
            title={m.dueSoon(formatNumber(query.data.dueSoon.length))}
            items={query.data.dueSoon}
            view="dueSoon"
          />
        </SimpleGrid>
      )}
    </Paper>
  );
}

function List(props: { title: string; items: AttentionItem[]; view: PetitionView }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.noneInList}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {props.items.slice(0, SHOWN).map((i) => (
            <li key={i.id}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <AnchorLink to="/don-thu/$id" params={{ id: i.id }} fw={600} size="sm">
                  {i.code}
                </AnchorLink>
                <Badge
                  size="sm"
                  variant={i.daysLeft < 0 ? 'filled' : 'light'}
                  color={i.daysLeft < 0 ? 'red.9' : 'orange'}
                  c={i.daysLeft < 0 ? undefined : 'dark.8'}
                >
                  {i.daysLeft < 0
                    ? m.daysLate(formatNumber(-i.daysLeft))
                    : m.daysLeft(formatNumber(i.daysLeft))}
                </Badge>
              </Group>
              <Text size="sm" lineClamp={1}>
                {i.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {kindLabels[i.kind]} · {formatDate(i.dueDate)} ·{' '}
                {i.assignedOfficial ? m.assigned(i.assignedOfficial.fullName) : m.notAssigned}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {props.items.length > SHOWN && (
        <AnchorLink to="/don-thu" search={{ view: props.view }} size="sm">
          {m.more(formatNumber(props.items.length))} →
        </AnchorLink>
      )}
    </Stack>
  );
}
