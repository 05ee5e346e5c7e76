import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { Pager, type Period, PeriodFilter, RowActions } from '../civic/ui.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { topicLabels } from '../petitions/messages.ts';
import { ReceiveForm } from '../petitions/ReceiveForm.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { ButtonLink } from '../shell/links.tsx';
import { sessions as m, receptionKindLabels } from './messages.ts';
import { useDeleteSession, useSessions, useVisitPetition } from './queries.ts';
import { SessionForm } from './SessionForm.tsx';
import type { Session } from './types.ts';

const PAGE_SIZE = 50;

/** Reception sessions: list, record, edit; a visit opens a petition in one step. */
export function ReceptionPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [kind, setKind] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [period, setPeriod] = useState<Period>({});
  const query = useSessions(communeId, {
    ...period,
    kind: kind ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const remove = useDeleteSession(communeId);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [visit, setVisit] = useState<Session | null>(null);
  const [saved, setSaved] = useState(false);
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text size="sm">{m.intro}</Text>
        </Stack>
        <Group gap="sm">
          <ButtonLink to="/tiep-cong-dan/lich" variant="default">
            {m.schedule}
          </ButtonLink>
          {canWrite && <Button onClick={() => setEditing('new')}>{m.add}</Button>}
        </Group>
      </Group>
      <Select
        label={m.kind}
        placeholder={m.allKinds}
        data={Object.entries(receptionKindLabels).map(([value, label]) => ({ value, label }))}
        value={kind}
        onChange={(v) => {
          setKind(v);
          setPage(1);
        }}
        clearable
        maw={280}
      />
      <PeriodFilter
        onApply={(p) => {
          setPeriod(p);
          setPage(1);
        }}
      />
      {saved && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(false)}>
          {m.saved}
        </Alert>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <>
          <Text size="sm">{m.range(formatNumber(query.data.total))}</Text>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.date}</Table.Th>
                  <Table.Th>{m.kind}</Table.Th>
                  <Table.Th>{m.receiver}</Table.Th>
                  <Table.Th>{m.place}</Table.Th>
                  <Table.Th>{m.citizens}</Table.Th>
                  <Table.Th>{m.topics}</Table.Th>
                  <Table.Th>{m.petitions}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.sessionDate)}</Table.Td>
                    <Table.Td>{receptionKindLabels[s.kind]}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.receiverName}</Text>
                      <Text size="xs" c="dimmed">
                        {s.receiverRole}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.place}</Table.Td>
                    <Table.Td>
                      {formatNumber(s.citizens)}
                      {s.crowd && (
                        <Badge ml={6} size="sm" color="grape.9" variant="filled">
                          {m.crowdBadge}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.topics.map((t) => topicLabels[t]).join(', ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td>{formatNumber(s.petitions)}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button
                            size="xs"
                            onClick={() => setVisit(s)}
                            aria-label={m.openPetitionTitle(formatDate(s.sessionDate))}
                          >
                            {m.openPetition}
                          </Button>
                          <RowActions
                            label={formatDate(s.sessionDate)}
                            confirm={m.deleteConfirm}
                            onEdit={() => setEditing(s)}
                            onDelete={s.petitions === 0 ? () => remove.mutate(s.id) : undefined}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={query.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? m.addTitle : m.editTitle}
        size="lg"
      >
        {editing !== null && communeId && (
          <SessionForm
            communeId={communeId}
            session={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setSaved(true);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={visit !== null}
        onClose={() => setVisit(null)}
        title={visit ? m.openPetitionTitle(formatDate(visit.sessionDate)) : ''}
        size="xl"
      >
        {visit && communeId && <VisitPetition communeId={communeId} session={visit} />}
      </Modal>
    </Stack>
  );
}

function VisitPetition(props: { communeId: string; session: Session }) {
  const mutation = useVisitPetition(props.communeId, props.session.id);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {m.openPetitionHint}
      </Text>
      <ReceiveForm
        communeId={props.communeId}
        atVisit
        submit={mutation.mutateAsync}
        pending={mutation.isPending}
        error={mutation.error}
      />
    </Stack>
  );
}
