import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { recentYears } from '../democracy/period.ts';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { DisclosureDialog } from './DisclosureDialog.tsx';
import { page as m } from './messages.ts';
import { useCategories, useChecklist, useDisclosures } from './queries.ts';
import type { DisclosureItem } from './types.ts';

const route = getRouteApi('/_app/dan-chu/cong-khai');

function ChecklistPanel(props: { communeId: string; year: number }) {
  const checklist = useChecklist(props.communeId, props.year);
  return (
    <QueryState query={checklist}>
      {(c) => (
        <Paper withBorder p="md" component="section" aria-labelledby="danh-muc-bat-buoc">
          <Stack gap="sm">
            <Title order={2} size="h3" id="danh-muc-bat-buoc">
              {m.checklistTitle(String(c.year))}
            </Title>
            {c.missing.length === 0 ? (
              <Alert color="green" variant="light">
                {m.allDone}
              </Alert>
            ) : (
              <Alert color="orange" variant="light" title={m.missingTitle(formatNumber(c.missing.length))}>
                <List size="sm" spacing={2} data-testid="thieu-cong-khai">
                  {c.missing.map((x) => (
                    <List.Item key={x.code}>{x.name}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {c.categories.map((x) => (
                <Group key={x.code} gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    variant={x.items > 0 ? 'light' : 'outline'}
                    color={x.items > 0 ? 'green' : x.required ? 'red.9' : 'gray.7'}
                    c={x.items > 0 ? 'dark.8' : undefined}
                    style={{ flex: 'none' }}
                  >
                    {m.items(formatNumber(x.items))}
                  </Badge>
                  <Text size="sm">
                    {x.name}
                    {!x.required && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({m.optional})
                      </Text>
                    )}
                  </Text>
                </Group>
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      )}
    </QueryState>
  );
}

/** Disclosures of a year: the checklist of required categories, then the items. */
export function DisclosurePage() {
  const role = useSession().data?.user.role;
  const { nam } = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const year = nam ?? Number(vnDate().slice(0, 4));
  const [q, setQ] = useState('');
  // One request when the typing pauses, not one per key.
  const [needle] = useDebouncedValue(q.trim(), 300);
  const [categoryCode, setCategoryCode] = useState<string | null>(null);
  const [editing, setEditing] = useState<DisclosureItem | 'new' | null>(null);
  const categories = useCategories(communeId);
  const list = useDisclosures(communeId, {
    year,
    q: needle || undefined,
    categoryCode: categoryCode ?? undefined,
    limit: 500,
  });
  const write = role !== undefined && canWriteOnestop(role);

  if (commune.isLoading) return <Loading />;
  if (!communeId) return <ErrorAlert error={commune.error} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {m.intro}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={m.year}
            data={recentYears()}
            value={String(year)}
            onChange={(v) => v && void navigate({ search: (prev) => ({ ...prev, nam: Number(v) }) })}
            allowDeselect={false}
            w={120}
          />
          {write && <Button onClick={() => setEditing('new')}>{m.create}</Button>}
        </Group>
      </Group>
      <ChecklistPanel communeId={communeId} year={year} />
      <Stack gap="sm" component="section" aria-labelledby="da-cong-khai">
        <Title order={2} size="h3" id="da-cong-khai">
          {m.listTitle}
        </Title>
        <Group align="flex-end">
          <TextInput
            type="search"
            label={m.search}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Select
            label={m.category}
            placeholder={m.allCategories}
            data={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
            value={categoryCode}
            onChange={setCategoryCode}
            clearable
            style={{ flex: '1 1 16rem' }}
          />
        </Group>
        <QueryState query={list} empty={(data) => (data.items.length === 0 ? m.empty : null)}>
          {(data) => (
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.colTitle}</Table.Th>
                    <Table.Th>{m.colPlaces}</Table.Th>
                    <Table.Th>{m.colPeriod}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{m.colPhotos}</Table.Th>
                    {write && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {d.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {d.categoryName}
                          {d.document ? ` · ${d.document.reference}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{d.placeLabels.join('; ')}</Text>
                        {d.placeNote && (
                          <Text size="xs" c="dimmed">
                            {d.placeNote}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(d.postedFrom)} – {formatDate(d.postedTo)}
                        <Text size="xs" c="dimmed">
                          {m.days(formatNumber(d.days))}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{formatNumber(d.photos.length)}</Table.Td>
                      {write && (
                        <Table.Td>
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => setEditing(d)}
                            aria-label={m.editLabel(d.title)}
                          >
                            {m.edit}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
      <DisclosureDialog communeId={communeId} item={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
