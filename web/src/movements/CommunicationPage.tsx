import { Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { FormError, PageHeader, SavedAlert, useFormValues } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { type EntryValues, entryValues, readEntryForm, totalsByKind } from './form.ts';
import { common as cm, kindLabels, communication as m } from './messages.ts';
import { useCommunication, useMovements, useSaveEntry } from './queries.ts';
import type { CommunicationEntry, CommunicationKind, Movement } from './types.ts';
import { shownYear, YearSelect } from './YearSelect.tsx';

const route = getRouteApi('/_app/dan-van/tuyen-truyen');
const kinds = Object.keys(kindLabels) as CommunicationKind[];

/** The communication log of a year: totals by kind as the report counts them, then every record. */
export function CommunicationPage() {
  const { nam, loai } = route.useSearch();
  const navigate = route.useNavigate();
  const year = shownYear(nam);
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const canEdit = useCanEdit();
  const log = useCommunication(communeId, year, loai);
  const movements = useMovements(communeId, undefined).data?.items ?? [];
  const [editing, setEditing] = useState<CommunicationEntry | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const items = log.data?.items ?? [];
  const totals = totalsByKind(items);
  const movementName = (id: string | null) => movements.find((x) => x.id === id)?.name;

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <Button onClick={() => setEditing(null)}>{m.add}</Button>}
      />
      <SavedAlert message={saved && cm.saved} onClose={() => setSaved(false)} />
      <Group align="flex-end">
        <YearSelect
          value={year}
          onChange={(y) => void navigate({ search: (prev) => ({ ...prev, nam: y }) })}
        />
        <Select
          label={m.kind}
          value={loai ?? ''}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({ ...prev, loai: (v || undefined) as CommunicationKind | undefined }),
            })
          }
          data={[{ value: '', label: m.allKinds }, ...kinds.map((k) => ({ value: k, label: kindLabels[k] }))]}
          allowDeselect={false}
          w={340}
        />
      </Group>

      {commune.isLoading || log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <>
          <Table withTableBorder aria-label={m.totals} maw={900} data-testid="tong-hop-tuyen-truyen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.colKind}</Table.Th>
                <Table.Th ta="right">{m.colTimes}</Table.Th>
                <Table.Th ta="right">{m.colQuantity}</Table.Th>
                <Table.Th ta="right">{m.colParticipants}</Table.Th>
                <Table.Th ta="right">{m.colEntries}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kinds
                .filter((k) => totals.has(k))
                .map((k) => {
                  const t = totals.get(k) as NonNullable<ReturnType<typeof totals.get>>;
                  return (
                    <Table.Tr key={k} data-kind={k}>
                      <Table.Td>{kindLabels[k]}</Table.Td>
                      <Table.Td ta="right">{formatNumber(t.times)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(t.quantity)}</Table.Td>
                      <Table.Td ta="right">{t.participants ? formatNumber(t.participants) : '—'}</Table.Td>
                      <Table.Td ta="right">{t.entries ? formatNumber(t.entries) : '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={600}>
                <Table.Td>{m.sum}</Table.Td>
                <Table.Td ta="right">{formatNumber(items.length)}</Table.Td>
                <Table.Td ta="right">{formatNumber(items.reduce((n, e) => n + e.quantity, 0))}</Table.Td>
                <Table.Td ta="right">
                  {formatNumber(items.reduce((n, e) => n + (e.participants ?? 0), 0))}
                </Table.Td>
                <Table.Td ta="right">
                  {formatNumber(items.reduce((n, e) => n + (e.entries ?? 0), 0))}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <Text size="sm" c="dimmed" aria-live="polite">
            {log.data.total > items.length
              ? m.truncated(formatNumber(items.length), formatNumber(log.data.total))
              : m.count(formatNumber(items.length))}
          </Text>
          <Table.ScrollContainer minWidth={960}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colDate}</Table.Th>
                  <Table.Th>{m.colKind}</Table.Th>
                  <Table.Th>{m.colTitle}</Table.Th>
                  <Table.Th ta="right">{m.colQuantity}</Table.Th>
                  <Table.Th ta="right">{m.colParticipants}</Table.Th>
                  <Table.Th>{m.colMovement}</Table.Th>
                  {canEdit && <Table.Th>{m.colActions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.date)}</Table.Td>
                    <Table.Td>{e.kindLabel}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.title}</Text>
                      {e.note && (
                        <Text size="xs" c="dimmed">
                          {e.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(e.quantity)}</Table.Td>
                    <Table.Td ta="right">
                      {e.participants != null ? formatNumber(e.participants) : ''}
                    </Table.Td>
                    <Table.Td>{movementName(e.movementId)}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setEditing(e)}
                          aria-label={`${cm.edit}: ${e.title}`}
                        >
                          {cm.edit}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? m.editTitle : m.createTitle}
        size="lg"
      >
        {editing !== undefined && communeId && (
          <EntryForm
            communeId={communeId}
            entry={editing}
            movements={movements}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              setSaved(true);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function EntryForm(props: {
  communeId: string;
  entry: CommunicationEntry | null;
  movements: Movement[];
  onCancel: () => void;
  onSaved: () => void;
}) {
  const save = useSaveEntry(props.communeId, props.entry?.id ?? null);
  const {
    values: v,
    set,
    setErrors,
    errorOf,
  } = useFormValues<EntryValues>(() => entryValues(props.entry), save.error);
  const count = (k: 'quantity' | 'participants' | 'entries', label: string) => (
    <TextInput
      label={label}
      inputMode="numeric"
      value={v[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
      error={errorOf(k)}
    />
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readEntryForm(v);
    setErrors(found);
    if (input) save.mutate(input, { onSuccess: props.onSaved });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.kind}
            data={kinds.map((k) => ({ value: k, label: kindLabels[k] }))}
            value={v.kind}
            onChange={(x) => x && set('kind', x)}
            allowDeselect={false}
            error={errorOf('kind')}
            data-autofocus
          />
          <DateField label={m.date} value={v.date} onChange={(t) => set('date', t)} error={errorOf('date')} />
        </SimpleGrid>
        <TextInput
          label={m.titleField}
          value={v.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          required
          withAsterisk
          maxLength={500}
          error={errorOf('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {count('quantity', m.quantity)}
          {count('participants', m.participants)}
          {count('entries', m.entries)}
        </SimpleGrid>
        <Select
          label={m.movement}
          data={[
            { value: '', label: m.noMovement },
            ...props.movements.map((x) => ({ value: x.id, label: x.name })),
          ]}
          value={v.movementId}
          onChange={(x) => set('movementId', x ?? '')}
          allowDeselect={false}
          error={errorOf('movementId')}
        />
        <TextInput
          label={m.note}
          value={v.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          maxLength={2000}
          error={errorOf('note')}
        />
        <FormButtons cancel={cm.cancel} submit={cm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
