import { Button, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { useDocuments } from '../documents/queries.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { accentFilter } from '../mobilisation/combobox.ts';
import { FormError, PageHeader, SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { AnchorLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { RowButton } from '../shell/RowButton.tsx';
import { type MovementValues, movementValues, readMovementForm } from './form.ts';
import { common as cm, movements as m } from './messages.ts';
import { useMovements, useSaveMovement } from './queries.ts';
import type { Movement } from './types.ts';
import { shownYear, YearSelect } from './YearSelect.tsx';

const route = getRouteApi('/_app/dan-van/phong-trao');

/** Emulation movements launched in a year, each with the plan that launched it. */
export function MovementsPage() {
  const { nam } = route.useSearch();
  const navigate = route.useNavigate();
  const year = shownYear(nam);
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const canEdit = useCanEdit();
  const list = useMovements(communeId, year);
  const dialog = useEditDialog<Movement>();

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
      />
      <SavedAlert message={dialog.saved && cm.saved} onClose={dialog.hideSaved} />
      <YearSelect value={year} onChange={(y) => void navigate({ search: (prev) => ({ ...prev, nam: y }) })} />
      <QueryState query={list} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {m.count(formatNumber(data.items.length))}
            </Text>
            <RegisterTable
              minWidth={860}
              heads={[m.colName, m.colPlan, m.colPeriod, canEdit && m.colActions]}
            >
              {data.items.map((mv) => (
                <Table.Tr key={mv.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {mv.name}
                    </Text>
                    {mv.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {mv.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {mv.plan ? (
                      <AnchorLink to="/van-ban/$id" params={{ id: mv.plan.id }} size="sm">
                        {mv.plan.citation}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {m.noPlan}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(mv.startsOn)} – {mv.endsOn ? formatDate(mv.endsOn) : m.ongoing}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <RowButton label={cm.edit} row={mv.name} onClick={() => dialog.open(mv)} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </RegisterTable>
          </>
        )}
      </QueryState>
      <EditModal dialog={dialog} titles={{ addTitle: m.createTitle, editTitle: m.editTitle }}>
        {(movement) =>
          communeId && (
            <MovementForm
              communeId={communeId}
              movement={movement}
              onCancel={dialog.close}
              onSaved={dialog.onSaved}
            />
          )
        }
      </EditModal>
    </Stack>
  );
}

function MovementForm(props: {
  communeId: string;
  movement: Movement | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const save = useSaveMovement(props.communeId, props.movement?.id ?? null);
  const form = useFormValues<MovementValues>(() => movementValues(props.movement), save.error);
  const onSubmit = form.submit(readMovementForm, (input) => save.mutate(input, { onSuccess: props.onSaved }));
  // Plans are KH documents of the register; the latest 500 cover several years.
  const plans = useDocuments(props.communeId, { type: 'KH', limit: 500 });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput
          label={m.name}
          {...form.text('name')}
          required
          withAsterisk
          maxLength={300}
          data-autofocus
        />
        <Select
          label={m.plan}
          description={m.planHint}
          data={[
            { value: '', label: m.noPlanOption },
            ...(plans.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.reference} — ${d.summary}`,
            })),
          ]}
          value={form.values.planDocumentId}
          onChange={(x) => form.set('planDocumentId', x ?? '')}
          searchable
          filter={accentFilter}
          allowDeselect={false}
          error={form.errorOf('planDocumentId') ?? (plans.isError ? plans.error.message : undefined)}
        />
        <Group grow align="flex-start">
          <DateField label={m.startsOn} {...form.date('startsOn')} />
          <DateField label={m.endsOn} {...form.date('endsOn')} />
        </Group>
        <Textarea
          label={m.description}
          {...form.text('description')}
          autosize
          minRows={3}
          maxLength={10_000}
        />
        <FormButtons cancel={cm.cancel} submit={cm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
