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
import { type FormEvent, useState } from 'react';
import { FormActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { topicLabels } from '../petitions/messages.ts';
import { useAssignees } from '../petitions/queries.ts';
import type { Topic } from '../petitions/types.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { sessions as m, receptionKindLabels } from './messages.ts';
import { useSaveSession } from './queries.ts';
import type { ReceptionKind, Session } from './types.ts';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

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
  const [kind, setKind] = useState<ReceptionKind>(s?.kind ?? 'regular');
  const [date, setDate] = useState(s ? formatDate(s.sessionDate) : '');
  const [place, setPlace] = useState(s?.place ?? '');
  const [receiverId, setReceiverId] = useState<string | null>(s?.receiverId ?? null);
  const [receiverName, setReceiverName] = useState(s?.receiverName ?? '');
  const [receiverRole, setReceiverRole] = useState(s?.receiverRole ?? '');
  const [citizens, setCitizens] = useState<number | string>(s?.citizens ?? 0);
  const [crowd, setCrowd] = useState(s?.crowd ?? false);
  const [topics, setTopics] = useState<string[]>(s?.topics ?? []);
  const [notes, setNotes] = useState(s?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const err = (k: string) => errors[k] ?? server[k];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const sessionDate = parseDate(date);
    if (!sessionDate) found.sessionDate = m.invalidDate;
    for (const [k, v] of [
      ['place', place],
      ['receiverName', receiverName],
      ['receiverRole', receiverRole],
    ] as const)
      if (!v.trim()) found[k] = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !sessionDate) return;
    mutation.mutate(
      {
        id: s?.id,
        kind,
        sessionDate,
        place: place.trim(),
        receiverId,
        receiverName: receiverName.trim(),
        receiverRole: receiverRole.trim(),
        citizens: Number(citizens) || 0,
        crowd,
        topics: topics as Topic[],
        notes: notes.trim() || null,
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
            data={options(receptionKindLabels)}
            value={kind}
            onChange={(v) => v && setKind(v as ReceptionKind)}
            allowDeselect={false}
          />
          <DateField label={m.date} value={date} onChange={setDate} error={err('sessionDate')} />
        </SimpleGrid>
        <TextInput
          label={m.place}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={300}
          error={err('place')}
        />
        <Select
          label={m.receiverAccount}
          data={(officials.data?.items ?? []).map((u) => ({
            value: u.id,
            label: u.position ? `${u.fullName} — ${u.position}` : u.fullName,
          }))}
          value={receiverId}
          onChange={(id) => {
            setReceiverId(id);
            const u = officials.data?.items.find((x) => x.id === id);
            if (u) {
              setReceiverName(u.fullName);
              if (u.position) setReceiverRole(u.position);
            }
          }}
          clearable
          searchable
          error={err('receiverId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.receiverName}
            value={receiverName}
            onChange={(e) => setReceiverName(e.currentTarget.value)}
            required
            withAsterisk
            maxLength={200}
            error={err('receiverName')}
          />
          <TextInput
            label={m.receiverRole}
            value={receiverRole}
            onChange={(e) => setReceiverRole(e.currentTarget.value)}
            required
            withAsterisk
            maxLength={200}
            error={err('receiverRole')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={m.citizens}
            value={citizens}
            onChange={setCitizens}
            min={0}
            max={10_000}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={err('citizens')}
          />
          <Checkbox
            label={m.crowd}
            checked={crowd}
            onChange={(e) => setCrowd(e.currentTarget.checked)}
            mt={30}
          />
        </SimpleGrid>
        <MultiSelect
          label={m.topics}
          data={options(topicLabels)}
          value={topics}
          onChange={setTopics}
          clearable
        />
        <Textarea
          label={m.notes}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          error={err('notes')}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
