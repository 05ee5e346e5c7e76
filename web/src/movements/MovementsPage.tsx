import { Button, Group, Modal, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { useDocuments } from '../documents/queries.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { accentFilter } from '../mobilisation/combobox.ts';
import { FormError, PageHeader, SavedAlert, useFormValues } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
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
  // undefined: closed; null: a new movement.
  const [editing, setEditing] = useState<Movement | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <Button onClick={() => setEditing(null)}>{m.add}</Button>}
      />
      <SavedAlert message={saved && cm.saved} onClose={() => setSaved(false)} />
      <YearSelect value={year} onChange={(y) => void navigate({ search: (prev) => ({ ...prev, nam: y }) })} />
      {commune.isLoading || list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(formatNumber(list.data.items.length))}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colName}</Table.Th>
                  <Table.Th>{m.colPlan}</Table.Th>
                  <Table.Th>{m.colPeriod}</Table.Th>
                  {canEdit && <Table.Th>{m.colActions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((mv) => (
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
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setEditing(mv)}
                          aria-label={`${cm.edit}: ${mv.name}`}
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
          <MovementForm
            communeId={communeId}
            movement={editing}
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

function MovementForm(props: {
  communeId: string;
  movement: Movement | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const save = useSaveMovement(props.communeId, props.movement?.id ?? null);
  const {
    values: v,
    set,
    setErrors,
    errorOf,
  } = useFormValues<MovementValues>(() => movementValues(props.movement), save.error);
  // Plans are KH documents of the register; the latest 500 cover several years.
  const plans = useDocuments(props.communeId, { type: 'KH', limit: 500 });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readMovementForm(v);
    setErrors(found);
    if (input) save.mutate(input, { onSuccess: props.onSaved });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput
          label={m.name}
          value={v.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          required
          withAsterisk
          maxLength={300}
          error={errorOf('name')}
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
          value={v.planDocumentId}
          onChange={(x) => set('planDocumentId', x ?? '')}
          searchable
          filter={accentFilter}
          allowDeselect={false}
          error={errorOf('planDocumentId') ?? (plans.isError ? plans.error.message : undefined)}
        />
        <Group grow align="flex-start">
          <DateField
            label={m.startsOn}
            value={v.startsOn}
            onChange={(t) => set('startsOn', t)}
            error={errorOf('startsOn')}
          />
          <DateField
            label={m.endsOn}
            value={v.endsOn}
            onChange={(t) => set('endsOn', t)}
            error={errorOf('endsOn')}
          />
        </Group>
        <Textarea
          label={m.description}
          value={v.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={10_000}
          error={errorOf('description')}
        />
        <FormButtons cancel={cm.cancel} submit={cm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
