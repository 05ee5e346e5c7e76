import { Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { Pager, type Period, PeriodFilter, RowActions } from '../civic/ui.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { SavedAlert } from '../mobilisation/ui.tsx';
import { topicLabels } from '../petitions/messages.ts';
import { ReceiveForm } from '../petitions/ReceiveForm.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { ListHeader } from '../shell/ListHeader.tsx';
import { ButtonLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { usePagedFilters } from '../shell/paged-filters.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { labelOptions } from '../shell/select-options.ts';
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
  const list = usePagedFilters<Period & { kind: string }>(PAGE_SIZE);
  const query = useSessions(communeId, { ...list.filters, ...list.window });
  const remove = useDeleteSession(communeId);
  const dialog = useEditDialog<Session>();
  const [visit, setVisit] = useState<Session | null>(null);
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <ListHeader
        title={m.title}
        intro={m.intro}
        actions={
          <Group gap="sm">
            <ButtonLink to="/tiep-cong-dan/lich" variant="default">
              {m.schedule}
            </ButtonLink>
            {canWrite && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
          </Group>
        }
      />
      <Select
        label={m.kind}
        placeholder={m.allKinds}
        data={labelOptions(receptionKindLabels)}
        value={list.filters.kind ?? null}
        onChange={(v) => list.refine({ kind: v ?? undefined })}
        clearable
        maw={280}
      />
      <PeriodFilter onApply={list.refine} />
      <SavedAlert message={dialog.saved && m.saved} onClose={dialog.hideSaved} />
      {remove.error && <ErrorAlert error={remove.error} />}
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <Text size="sm">{m.range(formatNumber(data.total))}</Text>
            <RegisterTable
              minWidth={1100}
              heads={[m.date, m.kind, m.receiver, m.place, m.citizens, m.topics, m.petitions, canWrite && '']}
            >
              {data.items.map((s) => (
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
                          onEdit={() => dialog.open(s)}
                          onDelete={s.petitions === 0 ? () => remove.mutate(s.id) : undefined}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </RegisterTable>
            <Pager {...list.pager(data.total)} />
          </>
        )}
      </QueryState>
      <EditModal dialog={dialog} titles={m}>
        {(session) =>
          communeId && (
            <SessionForm
              communeId={communeId}
              session={session}
              onClose={dialog.close}
              onSaved={dialog.onSaved}
            />
          )
        }
      </EditModal>
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
