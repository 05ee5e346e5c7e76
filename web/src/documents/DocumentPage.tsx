import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { AnchorLink, BackLink } from '../shell/links.tsx';
import { PageSection } from '../shell/PageSection.tsx';
import { RecordFallback } from '../shell/RecordFallback.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { readUpload } from './file.ts';
import { form as formText, view as m } from './messages.ts';
import { documentFileUrl, useDocument, useUpdateDocument } from './queries.ts';
import type { DocumentDetail } from './types.ts';

const route = getRouteApi('/_app/van-ban/$id');

/** One registered document: its number is fixed; summary, signer and the signed file can be corrected. */
export function DocumentPage() {
  const { id } = route.useParams();
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const query = useDocument(communeId, id);
  const [editing, setEditing] = useState(false);

  if (!communeId || !query.isSuccess || commune.isLoading)
    return <RecordFallback commune={commune} query={query} />;
  const d = query.data;
  const write = role !== undefined && canWriteOnestop(role);

  return (
    <Stack gap="md" maw={860}>
      <BackLink to="/van-ban">{m.back}</BackLink>
      <Title order={1} size="h2">
        {d.typeLabel} số {d.reference}
      </Title>
      <Paper withBorder p="md">
        {editing ? (
          <EditForm communeId={communeId} doc={d} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap="xs">
            <Text size="sm">
              <strong>{m.date}:</strong> {formatDate(d.date)}
            </Text>
            <Text size="sm">
              <strong>{m.summary}:</strong> {d.summary}
            </Text>
            <Text size="sm">
              <strong>{m.signer}:</strong> {d.signer}
            </Text>
            <Text size="sm">
              <strong>{m.citation}:</strong> {d.citation}
            </Text>
            {write && (
              <Group>
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {m.edit}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Paper>
      <PageSection id="tep-van-ban" title={m.file}>
        {d.file ? (
          <Anchor href={documentFileUrl(communeId, d.id)} download>
            {m.download}: {d.file.name}
          </Anchor>
        ) : (
          <Text c="dimmed">{m.noFile}</Text>
        )}
        {write && <FileForm communeId={communeId} doc={d} />}
      </PageSection>
      <PageSection id="dan-chieu" title={m.links}>
        {d.links.length === 0 ? (
          <Text c="dimmed">{m.noLinks}</Text>
        ) : (
          <Stack gap={2} component="ul" pl="md" m={0}>
            {d.links.map((l) => (
              <Text key={`${l.entity}-${l.entityId}`} size="sm" component="li">
                {m.entityLabels[l.entity] ?? l.entity}:{' '}
                {l.entity === 'consultation' ? (
                  <AnchorLink to="/dan-chu/lay-y-kien/$id" params={{ id: l.entityId }}>
                    {l.label}
                  </AnchorLink>
                ) : (
                  l.label || l.entityId
                )}
              </Text>
            ))}
          </Stack>
        )}
      </PageSection>
    </Stack>
  );
}

function EditForm(props: { communeId: string; doc: DocumentDetail; onDone: () => void }) {
  const mutation = useUpdateDocument(props.communeId, props.doc.id);
  const form = useFormValues(
    () => ({ summary: props.doc.summary, signer: props.doc.signer }),
    mutation.error,
  );
  const { values: v, text, errorOf } = form;
  // Checked as typed: an emptied field says so at once.
  const missing = (k: 'summary' | 'signer') => (v[k].trim() ? undefined : formText.required);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.summary.trim() || !v.signer.trim()) return;
    mutation.mutate({ summary: v.summary.trim(), signer: v.signer.trim() }, { onSuccess: props.onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {m.fixed}
        </Text>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Textarea
          label={m.summary}
          {...text('summary')}
          error={missing('summary') ?? errorOf('summary')}
          required
          withAsterisk
          autosize
          maxLength={1000}
        />
        <TextInput
          label={m.signer}
          {...text('signer')}
          error={missing('signer') ?? errorOf('signer')}
          required
          withAsterisk
          maxLength={200}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {m.save}
          </Button>
          <Button variant="default" type="button" onClick={props.onDone}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FileForm(props: { communeId: string; doc: DocumentDetail }) {
  const mutation = useUpdateDocument(props.communeId, props.doc.id);
  const [file, setFile] = useState<File | null>(null);
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    mutation.mutate({ file: await readUpload(file) }, { onSuccess: () => setFile(null) });
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Group align="flex-end">
        <FileInput
          label={props.doc.file ? m.replace : m.attach}
          value={file}
          onChange={setFile}
          clearable
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          error={fields.fileName ?? fields.contentBase64}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit" variant="default" disabled={!file} loading={mutation.isPending}>
          {m.save}
        </Button>
      </Group>
      {mutation.isSuccess && !file && (
        <Alert color="green" variant="light" mt="xs" role="status">
          {m.saved}
        </Alert>
      )}
    </form>
  );
}
