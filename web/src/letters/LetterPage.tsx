import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate, vnDate } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { blankFields, LetterFields } from './LetterFields.tsx';
import { LetterStatusBadge } from './LetterStatusBadge.tsx';
import { letter as m, namesOfKind, paperLabels } from './messages.ts';
import { letterDocxUrl, useLetter, useLetterAction, useUpdateLetter } from './queries.ts';
import { namesToSend, SubjectNameInputs } from './SubjectNameInputs.tsx';
import type { Letter, Paper as PaperSize, SubjectNames } from './types.ts';

const route = getRouteApi('/_app/dan-van/thu/$id');

/** One letter: the names it is filled from, its text, the DOCX to print, and sending it. */
export function LetterPage() {
  const { id } = route.useParams();
  const commune = useCurrentCommune();
  const canEdit = useCanEdit();
  const query = useLetter(commune.current?.id, id);
  // Bumped when the draft is written again from the template, so the text form shows the new text.
  const [version, setVersion] = useState(0);

  if (commune.isLoading || query.isPending) return <Loading />;
  if (query.isError || !commune.current)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const l = query.data;
  const communeId = commune.current.id;
  const editable = canEdit && l.actions.includes('edit');

  return (
    <Stack gap="lg">
      <AnchorLink to="/dan-van/thu" size="sm">
        ← {m.back}
      </AnchorLink>
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {l.kindLabel}
          </Title>
          <LetterStatusBadge status={l.status} />
        </Group>
        <Text>
          {m.dossier}:{' '}
          <AnchorLink to="/mot-cua/ho-so/$id" params={{ id: l.dossierId }}>
            {l.dossierCode}
          </AnchorLink>{' '}
          · {l.procedureName}
          {l.returnedDate && ` · ${m.returned}: ${formatDate(l.returnedDate)}`}
        </Text>
        {l.sentDate && <Text fw={500}>{m.sentOn(formatDate(l.sentDate))}</Text>}
      </Stack>
      {!l.complete && l.status === 'draft' && (
        <Alert color="red" variant="light">
          {m.incomplete}
        </Alert>
      )}

      {editable ? (
        <>
          <NamesForm communeId={communeId} letter={l} onRefilled={() => setVersion((n) => n + 1)} />
          <TextForm key={version} communeId={communeId} letter={l} />
        </>
      ) : (
        <LetterText letter={l} note={l.status === 'draft' ? m.noWrite : m.readOnly} />
      )}
      <SendPanel communeId={communeId} letter={l} canEdit={canEdit} />
    </Stack>
  );
}

function LetterText({ letter: l, note }: { letter: Letter; note: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="noi-dung-thu">
      <Title order={2} size="h4" id="noi-dung-thu" mb="sm">
        {m.textTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {note}
      </Text>
      <Text ta="center" fw={700}>
        {l.title}
      </Text>
      <Text mt="sm">
        {m.recipient}: {l.recipient}
      </Text>
      <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {l.body}
      </Text>
      <Text mt="sm" ta="right" fw={600}>
        {l.signerName}
      </Text>
    </Paper>
  );
}

function NamesForm({
  communeId,
  letter: l,
  onRefilled,
}: {
  communeId: string;
  letter: Letter;
  onRefilled: () => void;
}) {
  const keys = namesOfKind[l.kind];
  const [names, setNames] = useState<SubjectNames>(() =>
    Object.fromEntries(keys.map((k) => [k, l.subjectNames?.[k] ?? ''])),
  );
  const [done, setDone] = useState(false);
  const action = useLetterAction(communeId, l.id);
  const server = action.error instanceof ApiError ? action.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    action.mutate(
      { action: 'refill', names: namesToSend(keys, names) },
      {
        onSuccess: () => {
          setDone(true);
          onRefilled();
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ho-ten">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="ho-ten">
            {m.namesTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {m.namesHint}
          </Text>
          {action.isError && <ErrorAlert error={action.error} />}
          {done && (
            <Alert color="green" variant="light" role="status">
              {m.refilled}
            </Alert>
          )}
          <SubjectNameInputs
            keys={keys}
            names={names}
            onChange={(k, v) => setNames((prev) => ({ ...prev, [k]: v }))}
            errorOf={(k) => server[`names.${k}`] ?? server[k]}
          />
          <Group>
            <Button type="submit" variant="default" loading={action.isPending}>
              {m.refill}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface TextValues {
  recipient: string;
  title: string;
  body: string;
  paper: PaperSize;
  letterDate: string;
  signerName: string;
}

function TextForm({ communeId, letter: l }: { communeId: string; letter: Letter }) {
  const [v, setV] = useState<TextValues>({
    recipient: l.recipient,
    title: l.title,
    body: l.body,
    paper: l.paper,
    letterDate: formatDate(l.letterDate),
    signerName: l.signerName,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof TextValues, string>>>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateLetter(communeId, l.id);
  const server = update.error instanceof ApiError ? update.error.fields : {};
  const errorOf = (k: keyof TextValues) => errors[k] ?? server[k];
  const set = <K extends keyof TextValues>(k: K, value: TextValues[K]) => {
    setSaved(false);
    setV((prev) => ({ ...prev, [k]: value }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: typeof errors = blankFields(v, m.required);
    const letterDate = parseDate(v.letterDate);
    if (!letterDate) found.letterDate = m.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || !letterDate) return;
    update.mutate(
      {
        recipient: v.recipient.trim(),
        title: v.title.trim(),
        body: v.body.trim(),
        paper: v.paper,
        letterDate,
        signerName: v.signerName.trim(),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="noi-dung-thu">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="noi-dung-thu">
            {m.textTitle}
          </Title>
          {update.isError && <ErrorAlert error={update.error} />}
          {saved && (
            <Alert color="green" variant="light" role="status">
              {m.saved}
            </Alert>
          )}
          <LetterFields values={v} set={set} errorOf={errorOf} minRows={6} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={m.letterDate}
              value={v.letterDate}
              onChange={(t) => set('letterDate', t)}
              error={errorOf('letterDate')}
            />
            <TextInput
              label={m.signerName}
              value={v.signerName}
              onChange={(e) => set('signerName', e.currentTarget.value)}
              maxLength={200}
              error={errorOf('signerName')}
            />
            <Select
              label={m.paper}
              value={v.paper}
              onChange={(p) => p && set('paper', p as PaperSize)}
              data={Object.entries(paperLabels).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={update.isPending}>
              {m.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SendPanel({
  communeId,
  letter: l,
  canEdit,
}: {
  communeId: string;
  letter: Letter;
  canEdit: boolean;
}) {
  const [sentDate, setSentDate] = useState(() => formatDate(vnDate()));
  const [dateError, setDateError] = useState<string>();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const action = useLetterAction(communeId, l.id);
  const server = action.error instanceof ApiError ? action.error.fields : {};
  const canSend = canEdit && l.actions.includes('markSent');

  const onSend = (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDate(sentDate);
    setDateError(iso ? undefined : m.dateInvalid);
    if (iso) action.mutate({ action: 'markSent', sentDate: iso });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gui-thu">
      <Stack gap="sm">
        <Title order={2} size="h4" id="gui-thu">
          {m.sendTitle}
        </Title>
        <Group>
          <Button component="a" href={letterDocxUrl(communeId, l.id)} download variant="default">
            {m.download}
          </Button>
        </Group>
        {action.isError && <ErrorAlert error={action.error} />}
        {canSend && (
          <form onSubmit={onSend} noValidate>
            <Group align="flex-end" gap="sm">
              <DateField
                label={m.sentDate}
                value={sentDate}
                onChange={setSentDate}
                error={dateError ?? server.sentDate}
              />
              <Button type="submit" loading={action.isPending && !confirmCancel}>
                {m.markSent}
              </Button>
              <Button type="button" variant="outline" color="red.9" onClick={() => setConfirmCancel(true)}>
                {m.cancel}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
      <Modal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title={m.cancel}>
        <Stack>
          <Text>{m.cancelConfirm}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmCancel(false)}>
              {m.close}
            </Button>
            <Button
              color="red.9"
              loading={action.isPending}
              onClick={() =>
                action.mutate({ action: 'cancel' }, { onSettled: () => setConfirmCancel(false) })
              }
            >
              {m.confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
