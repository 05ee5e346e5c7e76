import { Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { FormError, PageHeader, SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { whenNoItems } from '../shell/no-items.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { RowButton } from '../shell/RowButton.tsx';
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
  const dialog = useEditDialog<CommunicationEntry>();
  const items = log.data?.items ?? [];
  const totals = totalsByKind(items);
  const movementName = (id: string | null) => movements.find((x) => x.id === id)?.name;

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
      />
      <SavedAlert message={dialog.saved && cm.saved} onClose={dialog.hideSaved} />
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

      <QueryState query={log} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
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
              {data.total > items.length
                ? m.truncated(formatNumber(items.length), formatNumber(data.total))
                : m.count(formatNumber(items.length))}
            </Text>
            <RegisterTable
              minWidth={960}
              heads={[
                m.colDate,
                m.colKind,
                m.colTitle,
                { text: m.colQuantity, right: true },
                { text: m.colParticipants, right: true },
                m.colMovement,
                canEdit && m.colActions,
              ]}
            >
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
                  <Table.Td ta="right">{e.participants != null ? formatNumber(e.participants) : ''}</Table.Td>
                  <Table.Td>{movementName(e.movementId)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <RowButton label={cm.edit} row={e.title} onClick={() => dialog.open(e)} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </RegisterTable>
          </>
        )}
      </QueryState>
      <EditModal dialog={dialog} titles={{ addTitle: m.createTitle, editTitle: m.editTitle }}>
        {(entry) =>
          communeId && (
            <EntryForm
              communeId={communeId}
              entry={entry}
              movements={movements}
              onCancel={dialog.close}
              onSaved={dialog.onSaved}
            />
          )
        }
      </EditModal>
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
  const form = useFormValues<EntryValues>(() => entryValues(props.entry), save.error);
  const { values: v, set, errorOf, text } = form;
  const onSubmit = form.submit(readEntryForm, (input) => save.mutate(input, { onSuccess: props.onSaved }));
  const count = (k: 'quantity' | 'participants' | 'entries', label: string) => (
    <TextInput label={label} inputMode="numeric" {...text(k)} />
  );

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
          <DateField label={m.date} {...form.date('date')} />
        </SimpleGrid>
        <TextInput label={m.titleField} {...text('title')} required withAsterisk maxLength={500} />
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
        <TextInput label={m.note} {...text('note')} maxLength={2000} />
        <FormButtons cancel={cm.cancel} submit={cm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
