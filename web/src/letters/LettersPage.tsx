import {
  Badge,
  Button,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { PageHeader, SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { LetterStatusBadge } from './LetterStatusBadge.tsx';
import { kindLabels, letters as m, statusLabels } from './messages.ts';
import { PAGE_SIZE, useLetters, useProposeLetters } from './queries.ts';
import { letterFilter } from './search.ts';
import type { LetterKind, LetterStatus } from './types.ts';

const route = getRouteApi('/_app/dan-van/thu');

/** The inbox: drafts proposed for returned civil-status dossiers first, then sent and cancelled ones. */
export function LettersPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const canEdit = useCanEdit();
  const filter = letterFilter(search);
  const list = useLetters(commune.current?.id, filter);
  const propose = useProposeLetters(commune.current?.id);
  const status = search.status ?? 'draft';

  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next, page: undefined }) });

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={
          <Group gap="sm">
            <ButtonLink to="/dan-van/thu/mau" variant="default">
              {m.templates}
            </ButtonLink>
            {canEdit && (
              <Button onClick={() => propose.mutate()} loading={propose.isPending}>
                {m.propose}
              </Button>
            )}
          </Group>
        }
      />
      {propose.isError && <ErrorAlert error={propose.error} />}
      <SavedAlert
        message={
          propose.data &&
          (propose.data.created > 0 ? m.proposed(formatNumber(propose.data.created)) : m.proposedNone)
        }
        onClose={() => propose.reset()}
      />

      <Group gap="md" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="loc-trang-thai">
            {m.status}
          </Text>
          <SegmentedControl
            aria-labelledby="loc-trang-thai"
            value={status}
            onChange={(v) => setSearch({ status: v === 'draft' ? undefined : (v as LetterStatus | 'all') })}
            data={[
              ...(['draft', 'sent', 'cancelled'] as const).map((s) => ({ value: s, label: statusLabels[s] })),
              { value: 'all', label: m.all },
            ]}
          />
        </Stack>
        <Select
          label={m.kind}
          value={search.kind ?? ''}
          onChange={(v) => setSearch({ kind: (v || undefined) as LetterKind | undefined })}
          data={[
            { value: '', label: m.allKinds },
            ...Object.entries(kindLabels).map(([value, label]) => ({ value, label })),
          ]}
          allowDeselect={false}
          w={280}
        />
      </Group>

      {commune.isLoading || list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{status === 'draft' ? m.emptyDrafts : m.empty}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(formatNumber(list.data.total))}
          </Text>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colDate}</Table.Th>
                  <Table.Th>{m.colKind}</Table.Th>
                  <Table.Th>{m.colRecipient}</Table.Th>
                  <Table.Th>{m.colDossier}</Table.Th>
                  <Table.Th>{m.colStatus}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(l.letterDate)}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/dan-van/thu/$id" params={{ id: l.id }}>
                        {l.kindLabel}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{l.recipient}</Text>
                      {!l.complete && l.status === 'draft' && (
                        <Badge color="red.9" variant="filled" size="sm">
                          {m.missingNames}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AnchorLink to="/mot-cua/ho-so/$id" params={{ id: l.dossierId }} size="sm">
                        {l.dossierCode}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <LetterStatusBadge status={l.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(list.data.total / PAGE_SIZE)}
              value={search.page ?? 1}
              onChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
              aria-label={m.pages}
            />
          )}
        </>
      )}
    </Stack>
  );
}
