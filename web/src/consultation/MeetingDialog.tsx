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
import type { FormEvent } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { parseDate } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
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
  const form = useFormValues(
    () => ({
      villageId: null as string | null,
      place: '',
      meetingDate: '',
      tally: { attendees: 0, agree: 0, disagree: 0, abstain: 0 } as Record<Tally, number | string>,
      note: '',
      rows: [] as OpinionRow[],
    }),
    mutation.error,
  );
  const { values: v, set, setValues, setErrors, errorOf, text } = form;
  const setRows = (change: (prev: OpinionRow[]) => OpinionRow[]) =>
    setValues((prev) => ({ ...prev, rows: change(prev.rows) }));
  const setRow = (i: number, patch: Partial<OpinionRow>) =>
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const meetingDate = parseDate(v.meetingDate);
    if (!v.place.trim()) found.place = common.required;
    if (!meetingDate) found.meetingDate = common.dateInvalid;
    v.rows.forEach((r, i) => {
      if (!r.content.trim()) found[`opinions.${i}.content`] = common.required;
    });
    setErrors(found);
    if (Object.keys(found).length > 0 || !meetingDate) return;
    const body: MeetingInput = {
      villageId: v.villageId,
      place: v.place.trim(),
      meetingDate,
      attendees: count(v.tally.attendees),
      agree: count(v.tally.agree),
      disagree: count(v.tally.disagree),
      abstain: count(v.tally.abstain),
      note: v.note.trim() || null,
      opinions: v.rows.map((r) => ({
        passageId: r.passageId || null,
        content: r.content.trim(),
        supporters: Math.max(1, count(r.supporters)),
      })),
    };
    mutation.mutate({ method: 'POST', path: 'meetings', body }, { onSuccess: props.onClose });
  };

  const village = (id: string | null) => {
    set('villageId', id);
    const name = villages.find((x) => x.id === id)?.name;
    if (name && !v.place.trim()) set('place', `Nhà văn hóa ${name}`);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={m.village}
            data={villages.map((x) => ({ value: x.id, label: x.name }))}
            value={v.villageId}
            onChange={village}
            searchable
            filter={wordFilter}
            clearable
            error={errorOf('villageId')}
          />
          <TextInput label={m.place} {...text('place')} required withAsterisk maxLength={300} />
          <DateField label={m.date} {...form.date('meetingDate')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {tallies.map((k) => (
            <NumberInput
              key={k}
              label={m[k]}
              value={v.tally[k]}
              onChange={(n) => setValues((prev) => ({ ...prev, tally: { ...prev.tally, [k]: n } }))}
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
        <Textarea label={m.note} {...text('note')} autosize />
        <Fieldset legend={m.opinions}>
          <Stack>
            {v.rows.map((r, i) => (
              // Rows are only appended or removed by position; the index is the row's identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={i} align="flex-start" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                  <Select
                    label={m.passage}
                    data={passageOptions(props.draft)}
                    value={r.passageId ?? ''}
                    onChange={(x) => setRow(i, { passageId: x || null })}
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
                    onChange={(n) => setRow(i, { supporters: n })}
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
  const form = useFormValues(
    () => ({ passageId: '', author: '', content: '', supporters: 1 as number | string, receivedDate: '' }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text, date } = form;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const receivedDate = v.receivedDate.trim() ? parseDate(v.receivedDate) : null;
    if (!v.content.trim()) found.content = common.required;
    if (v.receivedDate.trim() && !receivedDate) found.receivedDate = common.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body: OpinionInput = {
      source: 'written',
      passageId: v.passageId || null,
      authorName: v.author.trim() || null,
      content: v.content.trim(),
      supporters: Math.max(1, count(v.supporters)),
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
          value={v.passageId}
          onChange={(x) => set('passageId', x ?? '')}
          error={errorOf('passageId')}
        />
        <TextInput label={opinionForm.author} {...text('author')} maxLength={200} />
        <Textarea
          label={m.content}
          {...text('content')}
          required
          withAsterisk
          autosize
          minRows={3}
          maxLength={5000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={m.supporters}
            value={v.supporters}
            onChange={(n) => set('supporters', n)}
            min={1}
            allowDecimal={false}
            allowNegative={false}
          />
          <DateField label={opinionForm.received} {...date('receivedDate')} />
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
