import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { dialogues as m } from './messages.ts';
import { useSaveConference } from './queries.ts';
import type { Conference } from './types.ts';

export function ConferenceForm(props: {
  communeId: string;
  conference: Conference | null;
  onClose: () => void;
  onSaved: (c: Conference) => void;
}) {
  const c = props.conference;
  const mutation = useSaveConference(props.communeId);
  const villages = useCommune(props.communeId).data?.villages ?? [];
  const [v, setV] = useState({
    heldDate: c ? formatDate(c.heldDate) : '',
    villageId: c?.villageId ?? null,
    place: c?.place ?? '',
    chairedBy: c?.chairedBy ?? '',
    topic: c?.topic ?? '',
    participants: (c?.participants ?? 0) as number | string,
    notes: c?.notes ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const err = (k: string) => errors[k] ?? server[k];
  const set = (k: keyof typeof v) => (value: string | number | null) => setV((x) => ({ ...x, [k]: value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const heldDate = parseDate(v.heldDate);
    if (!heldDate) found.heldDate = m.invalidDate;
    for (const k of ['place', 'chairedBy', 'topic'] as const) if (!v[k].trim()) found[k] = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !heldDate) return;
    mutation.mutate(
      {
        id: c?.id,
        heldDate,
        villageId: v.villageId,
        place: v.place.trim(),
        chairedBy: v.chairedBy.trim(),
        topic: v.topic.trim(),
        participants: Number(v.participants) || 0,
        notes: v.notes.trim() || null,
      },
      { onSuccess: props.onSaved },
    );
  };
  const text = (k: 'place' | 'chairedBy' | 'topic', label: string, max: number) => (
    <TextInput
      label={label}
      value={v[k]}
      onChange={(e) => set(k)(e.currentTarget.value)}
      required
      withAsterisk
      maxLength={max}
      error={err(k)}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={m.heldDate}
            value={v.heldDate}
            onChange={set('heldDate')}
            error={err('heldDate')}
          />
          <Select
            label={m.village}
            placeholder={m.villageNone}
            data={villages.map((x) => ({ value: x.id, label: x.name }))}
            value={v.villageId}
            onChange={set('villageId')}
            clearable
            searchable
            error={err('villageId')}
          />
        </SimpleGrid>
        {text('topic', m.topic, 500)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('place', m.place, 300)}
          {text('chairedBy', m.chairedBy, 200)}
        </SimpleGrid>
        <NumberInput
          label={m.participants}
          value={v.participants}
          onChange={set('participants')}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={err('participants')}
          maw={240}
        />
        <Textarea
          label={m.notes}
          value={v.notes}
          onChange={(e) => set('notes')(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
