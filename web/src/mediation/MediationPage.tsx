import { Badge, Button, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions, Pager, type Period, PeriodFilter, RowActions } from '../civic/ui.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, parseDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { ListHeader } from '../shell/ListHeader.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { usePagedFilters } from '../shell/paged-filters.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { labelOptions } from '../shell/select-options.ts';
import { VillageSelect } from '../shell/VillageSelect.tsx';
import { toLines } from './lines.ts';
import { fieldLabels, mediation as m, resultColors, resultLabels } from './messages.ts';
import { useCases, useDeleteCase, useSaveCase } from './queries.ts';
import type { MediationCase, MediationResult } from './types.ts';

const PAGE_SIZE = 50;

/** Grassroots mediation cases: parties, mediators, the date and whether it succeeded. */
export function MediationPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const list = usePagedFilters<Period & { result: string }>(PAGE_SIZE);
  const query = useCases(communeId, { ...list.filters, ...list.window });
  const remove = useDeleteCase(communeId);
  const dialog = useEditDialog<MediationCase>();
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <ListHeader
        title={m.title}
        intro={m.intro}
        actions={canWrite && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
      />
      <Select
        label={m.result}
        placeholder={m.allResults}
        data={labelOptions(resultLabels)}
        value={list.filters.result ?? null}
        onChange={(v) => list.refine({ result: v ?? undefined })}
        clearable
        maw={280}
      />
      <PeriodFilter onApply={list.refine} />
      {remove.error && <ErrorAlert error={remove.error} />}
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <RegisterTable
              minWidth={900}
              heads={[m.receivedDate, m.subject, m.parties, m.mediators, m.result, canWrite && '']}
            >
              {data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.receivedDate)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.subject}</Text>
                    <Text size="xs" c="dimmed">
                      {fieldLabels[c.field]}
                      {c.villageName && ` · ${c.villageName}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.parties.join('; ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.mediators.join('; ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={resultColors[c.result]} variant="light" c="dark.8" tt="none">
                      {resultLabels[c.result]}
                    </Badge>
                    {c.resultDate && (
                      <Text size="xs" c="dimmed">
                        {formatDate(c.resultDate)}
                      </Text>
                    )}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <RowActions
                        label={c.subject}
                        confirm={m.deleteConfirm}
                        onEdit={() => dialog.open(c)}
                        onDelete={() => remove.mutate(c.id)}
                      />
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
        {(value) => communeId && <CaseForm communeId={communeId} value={value} onClose={dialog.close} />}
      </EditModal>
    </Stack>
  );
}

function CaseForm(props: { communeId: string; value: MediationCase | null; onClose: () => void }) {
  const c = props.value;
  const mutation = useSaveCase(props.communeId);
  const form = useFormValues(
    () => ({
      receivedDate: c ? formatDate(c.receivedDate) : '',
      villageId: c?.villageId ?? null,
      field: c?.field ?? 'neighbour',
      subject: c?.subject ?? '',
      parties: c?.parties.join('\n') ?? '',
      mediators: c?.mediators.join('\n') ?? '',
      mediationDate: c?.mediationDate ? formatDate(c.mediationDate) : '',
      result: (c?.result ?? 'ongoing') as MediationResult,
      resultDate: c?.resultDate ? formatDate(c.resultDate) : '',
      notes: c?.notes ?? '',
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, text, date } = form;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const receivedDate = parseDate(v.receivedDate);
    if (!receivedDate) found.receivedDate = m.invalidDate;
    const optionalDate = (k: 'mediationDate' | 'resultDate') => {
      if (!v[k].trim()) return null;
      const d = parseDate(v[k]);
      if (!d) found[k] = m.invalidDate;
      return d;
    };
    const mediationDate = optionalDate('mediationDate');
    const resultDate = v.result === 'ongoing' ? null : optionalDate('resultDate');
    if (v.result !== 'ongoing' && !v.resultDate.trim()) found.resultDate = m.required;
    const parties = toLines(v.parties);
    const mediators = toLines(v.mediators);
    if (!v.subject.trim()) found.subject = m.required;
    if (parties.length === 0) found.parties = m.required;
    if (mediators.length === 0) found.mediators = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !receivedDate) return;
    mutation.mutate(
      {
        id: c?.id,
        receivedDate,
        villageId: v.villageId,
        field: v.field,
        subject: v.subject.trim(),
        parties,
        mediators,
        mediationDate,
        result: v.result,
        resultDate,
        notes: v.notes.trim() || null,
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.receivedDate} {...date('receivedDate')} />
          <VillageSelect
            communeId={props.communeId}
            label={m.village}
            placeholder={m.villageNone}
            value={v.villageId}
            onChange={(x) => set('villageId', x)}
          />
        </SimpleGrid>
        <Select
          label={m.field}
          data={labelOptions(fieldLabels)}
          value={v.field}
          onChange={(x) => x && set('field', x as keyof typeof fieldLabels)}
          allowDeselect={false}
        />
        <TextInput
          label={m.subject}
          {...text('subject')}
          required
          withAsterisk
          maxLength={500}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={m.parties}
            description={m.partiesHint}
            {...text('parties')}
            autosize
            minRows={2}
            required
            withAsterisk
          />
          <Textarea
            label={m.mediators}
            description={m.mediatorsHint}
            {...text('mediators')}
            autosize
            minRows={2}
            required
            withAsterisk
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={m.mediationDate} {...date('mediationDate')} />
          <Select
            label={m.result}
            data={labelOptions(resultLabels)}
            value={v.result}
            onChange={(x) => x && set('result', x as MediationResult)}
            allowDeselect={false}
          />
          {v.result !== 'ongoing' && <DateField label={m.resultDate} {...date('resultDate')} />}
        </SimpleGrid>
        <Textarea label={m.notes} {...text('notes')} autosize minRows={2} maxLength={5000} />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
