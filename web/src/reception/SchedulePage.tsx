import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions, RowActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
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
  const [editing, setEditing] = useState<ScheduleEntry | 'new' | null>(null);
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <AnchorLink to="/tiep-cong-dan" size="sm">
        ← {m.back}
      </AnchorLink>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text size="sm">{m.intro}</Text>
        </Stack>
        {canWrite && <Button onClick={() => setEditing('new')}>{m.add}</Button>}
      </Group>
      {remove.error && <ErrorAlert error={remove.error} />}
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {query.data.items.map((s) => (
            <Paper component="li" withBorder p="md" key={s.id}>
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
                    onEdit={() => setEditing(s)}
                    onDelete={() => remove.mutate(s.id)}
                  />
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? m.addTitle : m.editTitle}
        size="lg"
      >
        {editing !== null && communeId && (
          <ScheduleForm
            communeId={communeId}
            entry={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function ScheduleForm(props: { communeId: string; entry: ScheduleEntry | null; onClose: () => void }) {
  const e0 = props.entry;
  const mutation = useSaveScheduleEntry(props.communeId);
  const [v, setV] = useState({
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
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const err = (k: string) => errors[k] ?? server[k];
  const set = (k: keyof typeof v) => (value: string | boolean) => setV((x) => ({ ...x, [k]: value }));

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
  const text = (k: 'receiverName' | 'receiverRole' | 'place' | 'startTime' | 'endTime', label: string) => (
    <TextInput
      label={label}
      value={v[k]}
      onChange={(e) => set(k)(e.currentTarget.value)}
      required
      withAsterisk
      maxLength={k === 'place' ? 300 : 200}
      placeholder={k.endsWith('Time') ? m.timeHint : undefined}
      error={err(k)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Select
          label={m.kind}
          data={Object.entries(receptionKindLabels).map(([value, label]) => ({ value, label }))}
          value={v.kind}
          onChange={(k) => k && set('kind')(k)}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('receiverName', m.receiverName)}
          {text('receiverRole', m.receiverRole)}
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
            onChange={set('repeat')}
          />
        </Stack>
        {v.repeat === 'weekly' ? (
          <Select
            label={m.weekday}
            data={weekdayLabels.slice(1).map((label, i) => ({ value: String(i + 1), label }))}
            value={v.weekday}
            onChange={(d) => d && set('weekday')(d)}
            allowDeselect={false}
            error={err('weekday')}
          />
        ) : (
          <DateField label={m.onDate} value={v.onDate} onChange={set('onDate')} error={err('onDate')} />
        )}
        <SimpleGrid cols={2}>
          {text('startTime', m.startTime)}
          {text('endTime', m.endTime)}
        </SimpleGrid>
        {text('place', m.place)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={m.validFrom}
            value={v.validFrom}
            onChange={set('validFrom')}
            error={err('validFrom')}
          />
          <DateField label={m.validTo} value={v.validTo} onChange={set('validTo')} error={err('validTo')} />
        </SimpleGrid>
        <Textarea
          label={m.note}
          value={v.note}
          onChange={(e) => set('note')(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Checkbox
          label={m.published}
          checked={v.published}
          onChange={(e) => set('published')(e.currentTarget.checked)}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
