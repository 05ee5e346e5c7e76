import {
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions, RowActions } from '../civic/ui.tsx';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, parseDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { CardList } from '../shell/CardList.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { ListHeader } from '../shell/ListHeader.tsx';
import { BackLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { labelOptions } from '../shell/select-options.ts';
import { schedule as m, receptionKindLabels, weekdayLabels } from './messages.ts';
import { useDeleteScheduleEntry, useSaveScheduleEntry, useSchedule } from './queries.ts';
import type { ReceptionKind, ScheduleEntry } from './types.ts';

/** Who receives citizens when and where; published entries appear on the portal. */
export function SchedulePage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const query = useSchedule(communeId);
  const remove = useDeleteScheduleEntry(communeId);
  const dialog = useEditDialog<ScheduleEntry>();
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <BackLink to="/tiep-cong-dan">{m.back}</BackLink>
      <ListHeader
        title={m.title}
        intro={m.intro}
        actions={canWrite && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
      />
      {remove.error && <ErrorAlert error={remove.error} />}
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <CardList items={data.items}>
            {(s) => (
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={700}>
                      {s.when}, {s.startTime}–{s.endTime}
                    </Text>
                    <Badge variant="light" c="dark.8">
                      {s.kindLabel}
                    </Badge>
                    {!s.published && (
                      <Badge variant="outline" color="gray">
                        {m.unpublished}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    {s.receiverName} ({s.receiverRole}) · {s.place}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.validFrom}: {formatDate(s.validFrom)}
                    {s.validTo && ` – ${formatDate(s.validTo)}`}
                  </Text>
                  {s.note && <Text size="sm">{s.note}</Text>}
                </Stack>
                {canWrite && (
                  <RowActions
                    label={s.when}
                    confirm={m.deleteConfirm}
                    onEdit={() => dialog.open(s)}
                    onDelete={() => remove.mutate(s.id)}
                  />
                )}
              </Group>
            )}
          </CardList>
        )}
      </QueryState>
      <EditModal dialog={dialog} titles={m}>
        {(entry) => communeId && <ScheduleForm communeId={communeId} entry={entry} onClose={dialog.close} />}
      </EditModal>
    </Stack>
  );
}

function ScheduleForm(props: { communeId: string; entry: ScheduleEntry | null; onClose: () => void }) {
  const e0 = props.entry;
  const mutation = useSaveScheduleEntry(props.communeId);
  const form = useFormValues(
    () => ({
      kind: (e0?.kind ?? 'periodic') as ReceptionKind,
      receiverName: e0?.receiverName ?? '',
      receiverRole: e0?.receiverRole ?? '',
      repeat: e0?.onDate ? 'once' : 'weekly',
      weekday: String(e0?.weekday ?? 4),
      onDate: e0?.onDate ? formatDate(e0.onDate) : '',
      startTime: e0?.startTime ?? '07:30',
      endTime: e0?.endTime ?? '11:00',
      place: e0?.place ?? '',
      note: e0?.note ?? '',
      validFrom: e0 ? formatDate(e0.validFrom) : '',
      validTo: e0?.validTo ? formatDate(e0.validTo) : '',
      published: e0?.published ?? true,
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text, date } = form;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const k of ['receiverName', 'receiverRole', 'place', 'startTime', 'endTime'] as const)
      if (!v[k].trim()) found[k] = m.required;
    const validFrom = parseDate(v.validFrom);
    if (!validFrom) found.validFrom = m.invalidDate;
    const validTo = v.validTo.trim() ? parseDate(v.validTo) : null;
    if (validTo === null && v.validTo.trim()) found.validTo = m.invalidDate;
    const onDate = v.repeat === 'once' ? parseDate(v.onDate) : null;
    if (v.repeat === 'once' && !onDate) found.onDate = m.invalidDate;
    setErrors(found);
    if (Object.keys(found).length > 0 || !validFrom) return;
    mutation.mutate(
      {
        id: e0?.id,
        kind: v.kind,
        receiverName: v.receiverName.trim(),
        receiverRole: v.receiverRole.trim(),
        weekday: v.repeat === 'weekly' ? Number(v.weekday) : null,
        onDate,
        startTime: v.startTime.trim(),
        endTime: v.endTime.trim(),
        place: v.place.trim(),
        note: v.note.trim() || null,
        validFrom,
        validTo,
        published: v.published,
      },
      { onSuccess: props.onClose },
    );
  };
  const required = (
    k: 'receiverName' | 'receiverRole' | 'place' | 'startTime' | 'endTime',
    label: string,
  ) => (
    <TextInput
      label={label}
      {...text(k)}
      required
      withAsterisk
      maxLength={k === 'place' ? 300 : 200}
      placeholder={k.endsWith('Time') ? m.timeHint : undefined}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Select
          label={m.kind}
          data={labelOptions(receptionKindLabels)}
          value={v.kind}
          onChange={(k) => k && set('kind', k as ReceptionKind)}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {required('receiverName', m.receiverName)}
          {required('receiverRole', m.receiverRole)}
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="lap-lai">
            {m.repeat}
          </Text>
          <SegmentedControl
            aria-labelledby="lap-lai"
            data={[
              { value: 'weekly', label: m.weekly },
              { value: 'once', label: m.once },
            ]}
            value={v.repeat}
            onChange={(r) => set('repeat', r)}
          />
        </Stack>
        {v.repeat === 'weekly' ? (
          <Select
            label={m.weekday}
            data={weekdayLabels.slice(1).map((label, i) => ({ value: String(i + 1), label }))}
            value={v.weekday}
            onChange={(d) => d && set('weekday', d)}
            allowDeselect={false}
            error={errorOf('weekday')}
          />
        ) : (
          <DateField label={m.onDate} {...date('onDate')} />
        )}
        <SimpleGrid cols={2}>
          {required('startTime', m.startTime)}
          {required('endTime', m.endTime)}
        </SimpleGrid>
        {required('place', m.place)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.validFrom} {...date('validFrom')} />
          <DateField label={m.validTo} {...date('validTo')} />
        </SimpleGrid>
        <Textarea label={m.note} {...text('note')} autosize minRows={2} maxLength={2000} />
        <Checkbox
          label={m.published}
          checked={v.published}
          onChange={(e) => set('published', e.currentTarget.checked)}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
