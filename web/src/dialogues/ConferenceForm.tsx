import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormActions } from '../civic/ui.tsx';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { VillageSelect } from '../shell/VillageSelect.tsx';
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
  const form = useFormValues(
    () => ({
      heldDate: c ? formatDate(c.heldDate) : '',
      villageId: c?.villageId ?? null,
      place: c?.place ?? '',
      chairedBy: c?.chairedBy ?? '',
      topic: c?.topic ?? '',
      participants: (c?.participants ?? 0) as number | string,
      notes: c?.notes ?? '',
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text, date } = form;

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
  const required = (k: 'place' | 'chairedBy' | 'topic', label: string, max: number) => (
    <TextInput label={label} {...text(k)} required withAsterisk maxLength={max} />
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.heldDate} {...date('heldDate')} />
          <VillageSelect
            communeId={props.communeId}
            label={m.village}
            placeholder={m.villageNone}
            value={v.villageId}
            onChange={(x) => set('villageId', x)}
            error={errorOf('villageId')}
          />
        </SimpleGrid>
        {required('topic', m.topic, 500)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {required('place', m.place, 300)}
          {required('chairedBy', m.chairedBy, 200)}
        </SimpleGrid>
        <NumberInput
          label={m.participants}
          value={v.participants}
          onChange={(n) => set('participants', n)}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={errorOf('participants')}
          maw={240}
        />
        <Textarea label={m.notes} {...text('notes')} autosize minRows={2} maxLength={5000} />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
