import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { FormActions } from '../civic/ui.tsx';
import { formatDate, parseDate } from '../lib/format.ts';
import { topicLabels } from '../petitions/messages.ts';
import { useAssignees } from '../petitions/queries.ts';
import type { Topic } from '../petitions/types.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { labelOptions } from '../shell/select-options.ts';
import { sessions as m, receptionKindLabels } from './messages.ts';
import { useSaveSession } from './queries.ts';
import type { ReceptionKind, Session } from './types.ts';

/** Creates or edits a reception session; picking an official fills the receiver's name and role. */
export function SessionForm(props: {
  communeId: string;
  session: Session | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const s = props.session;
  const mutation = useSaveSession(props.communeId);
  const officials = useAssignees(props.communeId, true);
  const form = useFormValues(
    () => ({
      kind: (s?.kind ?? 'regular') as ReceptionKind,
      sessionDate: s ? formatDate(s.sessionDate) : '',
      place: s?.place ?? '',
      receiverId: s?.receiverId ?? null,
      receiverName: s?.receiverName ?? '',
      receiverRole: s?.receiverRole ?? '',
      citizens: (s?.citizens ?? 0) as number | string,
      crowd: s?.crowd ?? false,
      topics: (s?.topics ?? []) as string[],
      notes: s?.notes ?? '',
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text, date } = form;
  const required = (k: 'place' | 'receiverName' | 'receiverRole', label: string, max: number) => (
    <TextInput label={label} {...text(k)} required withAsterisk maxLength={max} />
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const sessionDate = parseDate(v.sessionDate);
    if (!sessionDate) found.sessionDate = m.invalidDate;
    for (const k of ['place', 'receiverName', 'receiverRole'] as const)
      if (!v[k].trim()) found[k] = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !sessionDate) return;
    mutation.mutate(
      {
        id: s?.id,
        kind: v.kind,
        sessionDate,
        place: v.place.trim(),
        receiverId: v.receiverId,
        receiverName: v.receiverName.trim(),
        receiverRole: v.receiverRole.trim(),
        citizens: Number(v.citizens) || 0,
        crowd: v.crowd,
        topics: v.topics as Topic[],
        notes: v.notes.trim() || null,
      },
      { onSuccess: props.onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.kind}
            data={labelOptions(receptionKindLabels)}
            value={v.kind}
            onChange={(k) => k && set('kind', k as ReceptionKind)}
            allowDeselect={false}
          />
          <DateField label={m.date} {...date('sessionDate')} />
        </SimpleGrid>
        {required('place', m.place, 300)}
        <Select
          label={m.receiverAccount}
          data={(officials.data?.items ?? []).map((u) => ({
            value: u.id,
            label: u.position ? `${u.fullName} — ${u.position}` : u.fullName,
          }))}
          value={v.receiverId}
          onChange={(id) => {
            set('receiverId', id);
            const u = officials.data?.items.find((x) => x.id === id);
            if (u) {
              set('receiverName', u.fullName);
              if (u.position) set('receiverRole', u.position);
            }
          }}
          clearable
          searchable
          error={errorOf('receiverId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {required('receiverName', m.receiverName, 200)}
          {required('receiverRole', m.receiverRole, 200)}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={m.citizens}
            value={v.citizens}
            onChange={(n) => set('citizens', n)}
            min={0}
            max={10_000}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={errorOf('citizens')}
          />
          <Checkbox
            label={m.crowd}
            checked={v.crowd}
            onChange={(e) => set('crowd', e.currentTarget.checked)}
            mt={30}
          />
        </SimpleGrid>
        <MultiSelect
          label={m.topics}
          data={labelOptions(topicLabels)}
          value={v.topics}
          onChange={(t) => set('topics', t)}
          clearable
        />
        <Textarea label={m.notes} {...text('notes')} autosize minRows={2} maxLength={5000} />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
