import {
  Alert,
  Button,
  Checkbox,
  Group,
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
import { ApiError } from '../lib/api.ts';
import { parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { FilePicker } from './FilePicker.tsx';
import { toUpload } from './files.ts';
import { channelLabels, kindLabels, receive as m, topicLabels } from './messages.ts';
import { attachAll } from './queries.ts';
import type { PetitionKind, PetitionReceipt, ReceiveInput, Topic } from './types.ts';

type StaffChannel = 'reception' | 'mail' | 'forwarded';

interface Values {
  kind: PetitionKind;
  channel: StaffChannel;
  receivedDate: string;
  forwardedBy: string;
  anonymous: boolean;
  name: string;
  address: string;
  contact: string;
  note: string;
  subject: string;
  topic: Topic | null;
  content: string;
  overLevel: boolean;
}

const empty: Values = {
  kind: 'feedback',
  channel: 'mail',
  receivedDate: '',
  forwardedBy: '',
  anonymous: false,
  name: '',
  address: '',
  contact: '',
  note: '',
  subject: '',
  topic: null,
  content: '',
  overLevel: false,
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const staffChannels = options({
  reception: channelLabels.reception,
  mail: channelLabels.mail,
  forwarded: channelLabels.forwarded,
});

type Errors = Partial<Record<keyof Values, string>>;

function validate(v: Values, atVisit: boolean): Errors {
  const e: Errors = {};
  const anonymous = v.kind === 'denunciation' && v.anonymous;
  if (!anonymous && !v.name.trim()) e.name = m.required;
  if (!v.subject.trim()) e.subject = m.required;
  if (!v.content.trim()) e.content = m.required;
  if (!v.topic) e.topic = m.required;
  if (!atVisit && v.channel === 'forwarded' && !v.forwardedBy.trim()) e.forwardedBy = m.required;
  if (!atVisit && v.receivedDate.trim() && !parseDate(v.receivedDate)) e.receivedDate = m.invalidDate;
  return e;
}

/** The body the API takes; a visit's session gives channel and date itself. */
function toInput(v: Values, atVisit: boolean): ReceiveInput {
  const anonymous = v.kind === 'denunciation' && v.anonymous;
  const opt = (s: string) => s.trim() || null;
  return {
    kind: v.kind,
    channel: v.channel,
    ...(atVisit
      ? {}
      : {
          receivedDate: v.receivedDate.trim() ? (parseDate(v.receivedDate) ?? undefined) : undefined,
          forwardedBy: v.channel === 'forwarded' ? v.forwardedBy.trim() : undefined,
        }),
    anonymous,
    submitter: anonymous
      ? undefined
      : { name: v.name.trim(), address: opt(v.address), contact: opt(v.contact), note: opt(v.note) },
    subject: v.subject.trim(),
    topic: v.topic as Topic,
    content: v.content.trim(),
    overLevel: v.overLevel || undefined,
  };
}

/**
 * Receives a petition at the desk, or from a visit at a reception session (`atVisit`: the API
 * takes channel and date from the session). Attachments go up one by one after the petition
 * exists; the receipt (code and the citizen's secret, shown once) replaces the form.
 */
export function ReceiveForm(props: {
  communeId: string;
  atVisit?: boolean;
  submit: (body: ReceiveInput) => Promise<PetitionReceipt>;
  pending: boolean;
  error: Error | null;
}) {
  const atVisit = props.atVisit ?? false;
  const [values, setValues] = useState<Values>(atVisit ? { ...empty, channel: 'reception' } : empty);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [receipt, setReceipt] = useState<{ p: PetitionReceipt; refused: string[] } | null>(null);
  const [uploading, setUploading] = useState(false);
  const server = props.error instanceof ApiError ? props.error.fields : {};
  const errorOf = (k: keyof Values, path: string = k) => errors[k] ?? server[path];
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((prev) => ({ ...prev, [k]: v }));
  const anonymous = values.kind === 'denunciation' && values.anonymous;

  if (receipt) {
    return (
      <Alert color="green" variant="light" role="status" title={m.done(receipt.p.code)}>
        <Stack gap="xs">
          <Text size="sm">{m.secretIntro}</Text>
          <Text>
            {m.code}: <strong data-testid="ma-don">{receipt.p.code}</strong>
          </Text>
          <Text>
            {m.secret}:{' '}
            <Text span ff="monospace" fw={700} data-testid="ma-bi-mat">
              {receipt.p.secret}
            </Text>
          </Text>
          {receipt.refused.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={m.filesFailed}>
              {receipt.refused.map((r) => (
                <Text size="sm" key={r}>
                  {r}
                </Text>
              ))}
            </Alert>
          )}
          <Group gap="sm">
            <AnchorLink to="/don-thu/$id" params={{ id: receipt.p.id }} fw={600}>
              {m.open} {receipt.p.code} →
            </AnchorLink>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                setReceipt(null);
                setValues(atVisit ? { ...empty, channel: 'reception' } : empty);
                setFiles([]);
              }}
            >
              {m.another}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const found = validate(values, atVisit);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    try {
      const p = await props.submit(toInput(values, atVisit));
      setUploading(true);
      const refused = await attachAll(props.communeId, p.id, await Promise.all(files.map(toUpload)));
      setReceipt({ p, refused });
    } catch {
      // The mutation keeps the error; the alert and the fields show it.
    } finally {
      setUploading(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {props.error && (
          <Alert color="red" variant="light" role="alert">
            {props.error.message}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="loai-don">
            {m.kind}
          </Text>
          <SegmentedControl
            aria-labelledby="loai-don"
            data={options(kindLabels)}
            value={values.kind}
            onChange={(v) => set('kind', v as PetitionKind)}
            fullWidth
          />
        </Stack>
        {!atVisit && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={m.channel}
              data={staffChannels}
              value={values.channel}
              onChange={(v) => v && set('channel', v as StaffChannel)}
              allowDeselect={false}
              error={server.channel}
            />
            <DateField
              label={m.receivedDate}
              description={m.receivedDateHint}
              value={values.receivedDate}
              onChange={(v) => set('receivedDate', v)}
              error={errorOf('receivedDate')}
            />
            {values.channel === 'forwarded' && (
              <TextInput
                label={m.forwardedBy}
                value={values.forwardedBy}
                onChange={(e) => set('forwardedBy', e.currentTarget.value)}
                required
                withAsterisk
                maxLength={300}
                error={errorOf('forwardedBy')}
              />
            )}
          </SimpleGrid>
        )}

        <Paper withBorder p="md" component="fieldset">
          <Title order={2} size="h5" component="legend" mb="xs">
            {values.kind === 'denunciation' ? m.denouncerTitle : m.submitterTitle}
          </Title>
          {values.kind === 'denunciation' && (
            <Stack gap="xs" mb="sm">
              <Text size="sm" c="dimmed">
                {m.denouncerHint}
              </Text>
              <Checkbox
                label={m.anonymous}
                description={m.anonymousHint}
                checked={values.anonymous}
                onChange={(e) => set('anonymous', e.currentTarget.checked)}
                error={server.anonymous}
              />
            </Stack>
          )}
          {!anonymous && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={m.name}
                value={values.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                required
                withAsterisk
                maxLength={200}
                error={errorOf('name', 'submitter.name') ?? server.submitter}
              />
              <TextInput
                label={m.contact}
                value={values.contact}
                onChange={(e) => set('contact', e.currentTarget.value)}
                maxLength={200}
                error={server['submitter.contact']}
              />
              <TextInput
                label={m.address}
                value={values.address}
                onChange={(e) => set('address', e.currentTarget.value)}
                maxLength={500}
                error={server['submitter.address']}
              />
              <TextInput
                label={m.submitterNote}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
                maxLength={2000}
              />
            </SimpleGrid>
          )}
        </Paper>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={m.subject}
            value={values.subject}
            onChange={(e) => set('subject', e.currentTarget.value)}
            required
            withAsterisk
            maxLength={300}
            error={errorOf('subject')}
          />
          <Select
            label={m.topic}
            data={options(topicLabels)}
            value={values.topic}
            onChange={(v) => set('topic', v as Topic | null)}
            required
            withAsterisk
            error={errorOf('topic')}
          />
        </SimpleGrid>
        <Textarea
          label={m.content}
          value={values.content}
          onChange={(e) => set('content', e.currentTarget.value)}
          autosize
          minRows={4}
          maxLength={10_000}
          required
          withAsterisk
          error={errorOf('content')}
        />
        <Checkbox
          label={m.overLevel}
          checked={values.overLevel}
          onChange={(e) => set('overLevel', e.currentTarget.checked)}
        />
        <FilePicker label={m.attachments} value={files} onChange={setFiles} />
        <Group>
          <Button type="submit" loading={props.pending || uploading}>
            {m.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
