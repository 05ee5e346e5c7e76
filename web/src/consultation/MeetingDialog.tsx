import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { ApiError } from '../lib/api.ts';
import { parseDate } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { procedureFilter as wordFilter } from '../onestop/procedure-options.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { form as common, detail, meetingForm as m, opinionForm } from './messages.ts';
import { useDraftChange } from './queries.ts';
import type { DraftDetail, MeetingInput, OpinionInput } from './types.ts';

export type RecordKind = 'meeting' | 'written';

interface OpinionRow {
  passageId: string | null;
  content: string;
  supporters: number | string;
}

type Tally = 'attendees' | 'agree' | 'disagree' | 'abstain';
const tallies: Tally[] = ['attendees', 'agree', 'disagree', 'abstain'];
const count = (v: number | string) => (typeof v === 'number' ? v : Number(v) || 0);

function passageOptions(draft: DraftDetail) {
  return [
    { value: '', label: detail.wholeDraft },
    ...draft.passages.map((p) => ({ value: p.id, label: `${p.label}: ${p.body.slice(0, 60)}` })),
  ];
}

/** Records a village meeting (tallies and the opinions raised) or one written opinion. */
export function RecordDialog(props: {
  communeId: string;
  draft: DraftDetail;
  kind: RecordKind | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={props.kind !== null}
      onClose={props.onClose}
      title={props.kind === 'written' ? opinionForm.title : m.title}
      size="xl"
    >
      {props.kind === 'meeting' && <MeetingForm {...props} />}
      {props.kind === 'written' && <WrittenForm {...props} />}
    </Modal>
  );
}

function MeetingForm(props: { communeId: string; draft: DraftDetail; onClose: () => void }) {
  const mutation = useDraftChange(props.communeId, props.draft.id);
  const villages = useCommune(props.communeId).data?.villages ?? [];
  const [villageId, setVillageId] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [date, setDate] = useState('');
  const [tally, setTally] = useState<Record<Tally, number | string>>({
    attendees: 0,
    agree: 0,
    disagree: 0,
    abstain: 0,
  });
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<OpinionRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const errorOf = (k: string) => errors[k] ?? fields[k];
  const setRow = (i: number, patch: Partial<OpinionRow>) =>
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const meetingDate = parseDate(date);
    if (!place.trim()) found.place = common.required;
    if (!meetingDate) found.meetingDate = common.dateInvalid;
    rows.forEach((r, i) => {
      if (!r.content.trim()) found[`opinions.${i}.content`] = common.required;
    });
    setErrors(found);
    if (Object.keys(found).length > 0 || !meetingDate) return;
    const body: MeetingInput = {
      villageId,
      place: place.trim(),
      meetingDate,
      attendees: count(tally.attendees),
      agree: count(tally.agree),
      disagree: count(tally.disagree),
      abstain: count(tally.abstain),
      note: note.trim() || null,
      opinions: rows.map((r) => ({
        passageId: r.passageId || null,
        content: r.content.trim(),
        supporters: Math.max(1, count(r.supporters)),
      })),
    };
    mutation.mutate({ method: 'POST', path: 'meetings', body }, { onSuccess: props.onClose });
  };

  const village = (id: string | null) => {
    setVillageId(id);
    const name = villages.find((v) => v.id === id)?.name;
    if (name && !place.trim()) setPlace(`Nhà văn hóa ${name}`);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={m.village}
            data={villages.map((v) => ({ value: v.id, label: v.name }))}
            value={villageId}
            onChange={village}
            searchable
            filter={wordFilter}
            clearable
            error={errorOf('villageId')}
          />
          <TextInput
            label={m.place}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            required
            withAsterisk
            maxLength={300}
            error={errorOf('place')}
          />
          <DateField label={m.date} value={date} onChange={setDate} error={errorOf('meetingDate')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {tallies.map((k) => (
            <NumberInput
              key={k}
              label={m[k]}
              value={tally[k]}
              onChange={(v) => setTally((prev) => ({ ...prev, [k]: v }))}
              min={0}
              max={100_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              error={errorOf(k)}
            />
          ))}
        </SimpleGrid>
        <Textarea label={m.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
        <Fieldset legend={m.opinions}>
          <Stack>
            {rows.map((r, i) => (
              // Rows are only appended or removed by position; the index is the row's identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={i} align="flex-start" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                  <Select
                    label={m.passage}
                    data={passageOptions(props.draft)}
                    value={r.passageId ?? ''}
                    onChange={(v) => setRow(i, { passageId: v || null })}
                    error={errorOf(`opinions.${i}.passageId`)}
                  />
                  <Textarea
                    label={m.content}
                    value={r.content}
                    onChange={(e) => setRow(i, { content: e.currentTarget.value })}
                    autosize
                    required
                    withAsterisk
                    error={errorOf(`opinions.${i}.content`)}
                  />
                  <NumberInput
                    label={m.supporters}
                    value={r.supporters}
                    onChange={(v) => setRow(i, { supporters: v })}
                    min={1}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  mt={28}
                  aria-label={m.removeOpinion(i + 1)}
                  onClick={() => setRows((prev) => prev.filter((_, j) => j !== i))}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                type="button"
                onClick={() => setRows((prev) => [...prev, { passageId: null, content: '', supporters: 1 }])}
              >
                {m.addOpinion}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormButtons
          cancel={m.cancel}
          submit={m.save}
          pending={mutation.isPending}
          onCancel={props.onClose}
        />
      </Stack>
    </form>
  );
}

function WrittenForm(props: { communeId: string; draft: DraftDetail; onClose: () => void }) {
  const mutation = useDraftChange(props.communeId, props.draft.id);
  const [passageId, setPassageId] = useState('');
  const [author, setAuthor] = useState('');
  const [content, setContent] = useState('');
  const [supporters, setSupporters] = useState<number | string>(1);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const errorOf = (k: string) => errors[k] ?? fields[k];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const receivedDate = date.trim() ? parseDate(date) : null;
    if (!content.trim()) found.content = common.required;
    if (date.trim() && !receivedDate) found.receivedDate = common.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body: OpinionInput = {
      source: 'written',
      passageId: passageId || null,
      authorName: author.trim() || null,
      content: content.trim(),
      supporters: Math.max(1, count(supporters)),
      receivedDate,
    };
    mutation.mutate({ method: 'POST', path: 'opinions', body }, { onSuccess: props.onClose });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Select
          label={m.passage}
          data={passageOptions(props.draft)}
          value={passageId}
          onChange={(v) => setPassageId(v ?? '')}
          error={errorOf('passageId')}
        />
        <TextInput
          label={opinionForm.author}
          value={author}
          onChange={(e) => setAuthor(e.currentTarget.value)}
          maxLength={200}
        />
        <Textarea
          label={m.content}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          required
          withAsterisk
          autosize
          minRows={3}
          maxLength={5000}
          error={errorOf('content')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={m.supporters}
            value={supporters}
            onChange={setSupporters}
            min={1}
            allowDecimal={false}
            allowNegative={false}
          />
          <DateField
            label={opinionForm.received}
            value={date}
            onChange={setDate}
            error={errorOf('receivedDate')}
          />
        </SimpleGrid>
        <FormButtons
          cancel={m.cancel}
          submit={opinionForm.save}
          pending={mutation.isPending}
          onCancel={props.onClose}
        />
      </Stack>
    </form>
  );
}
