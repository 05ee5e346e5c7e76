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
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
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

  if (commune.isLoading || query.isPending) return <Loading />;
  if (query.isError || !communeId)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const write = role !== undefined && canWriteOnestop(role);

  return (
    <Stack gap="md" maw={860}>
      <AnchorLink to="/van-ban" size="sm">
        ← {m.back}
      </AnchorLink>
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
      <Stack gap="xs" component="section" aria-labelledby="tep-van-ban">
        <Title order={2} size="h3" id="tep-van-ban">
          {m.file}
        </Title>
        {d.file ? (
          <Anchor href={documentFileUrl(communeId, d.id)} download>
            {m.download}: {d.file.name}
          </Anchor>
        ) : (
          <Text c="dimmed">{m.noFile}</Text>
        )}
        {write && <FileForm communeId={communeId} doc={d} />}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="dan-chieu">
        <Title order={2} size="h3" id="dan-chieu">
          {m.links}
        </Title>
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
      </Stack>
    </Stack>
  );
}

function EditForm(props: { communeId: string; doc: DocumentDetail; onDone: () => void }) {
  const mutation = useUpdateDocument(props.communeId, props.doc.id);
  const [summary, setSummary] = useState(props.doc.summary);
  const [signer, setSigner] = useState(props.doc.signer);
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!summary.trim() || !signer.trim()) return;
    mutation.mutate({ summary: summary.trim(), signer: signer.trim() }, { onSuccess: props.onDone });
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
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          required
          withAsterisk
          autosize
          maxLength={1000}
          error={(summary.trim() ? undefined : formText.required) ?? fields.summary}
        />
        <TextInput
          label={m.signer}
          value={signer}
          onChange={(e) => setSigner(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={200}
          error={(signer.trim() ? undefined : formText.required) ?? fields.signer}
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
