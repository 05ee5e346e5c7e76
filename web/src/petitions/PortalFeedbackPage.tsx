import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { FilePicker } from './FilePicker.tsx';
import { toUpload } from './files.ts';
import { portalPetition as m, topicLabels } from './messages.ts';
import { PortalLookup } from './PortalLookup.tsx';
import { useSubmitFeedback } from './queries.ts';
import type { PortalReceipt, Topic } from './types.ts';

const route = getRouteApi('/cong-dan/$communeCode/phan-anh');
const topicOptions = Object.entries(topicLabels).map(([value, label]) => ({ value, label }));

type Field = 'name' | 'contact' | 'address' | 'topic' | 'subject' | 'content';
const empty: Record<Field, string> = {
  name: '',
  contact: '',
  address: '',
  topic: '',
  subject: '',
  content: '',
};

/** What went wrong, in words a citizen reads: the server's message, or the rate limit's wait. */
function refusal(error: Error): string {
  if (error instanceof ApiError && error.status === 429)
    return error.retryAfter ? m.tooManyIn(error.retryAfter) : m.tooMany;
  return error.message;
}

/** A citizen's feedback or proposal, without an account; the receipt shows the codes prominently. */
export function PortalFeedbackPage() {
  const { communeCode } = route.useParams();
  const mutation = useSubmitFeedback(communeCode);
  const [v, setV] = useState(empty);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [receipt, setReceipt] = useState<PortalReceipt | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const fileError = Object.entries(server).find(([k]) => k.startsWith('attachments'))?.[1];
  const back = (
    <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
      ← {m.backToCommune}
    </AnchorLink>
  );

  if (receipt) {
    return (
      <Stack gap="lg">
        {back}
        <Paper
          withBorder
          p="lg"
          bg="green.0"
          role="status"
          ref={receiptRef}
          tabIndex={-1}
          aria-labelledby="da-gui"
        >
          <Stack gap="sm">
            <Title order={1} size="h2" id="da-gui">
              {m.receivedTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {m.trackingCode}
            </Text>
            <Text
              fz={28}
              fw={800}
              ff="monospace"
              data-testid="ma-theo-doi"
              style={{ wordBreak: 'break-all' }}
            >
              {receipt.code}
            </Text>
            <Text size="sm" c="dimmed">
              {m.secret}
            </Text>
            <Text fz={24} fw={700} ff="monospace" data-testid="ma-bi-mat">
              {receipt.secret}
            </Text>
            <Text size="sm">{m.keepCodes}</Text>
            <Group gap="sm">
              <ButtonLink
                to="/cong-dan/$communeCode/phan-anh/$code"
                params={{ communeCode, code: receipt.code }}
              >
                {m.follow}
              </ButtonLink>
              <Button
                variant="default"
                onClick={() => {
                  setReceipt(null);
                  setV(empty);
                  setFiles([]);
                  mutation.reset();
                }}
              >
                {m.another}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    );
  }

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const found: Partial<Record<Field, string>> = {};
    for (const k of ['name', 'topic', 'subject', 'content'] as const) if (!v[k].trim()) found[k] = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    mutation.mutate(
      {
        name: v.name.trim(),
        contact: v.contact.trim() || null,
        address: v.address.trim() || null,
        topic: v.topic as Topic,
        subject: v.subject.trim(),
        content: v.content.trim(),
        attachments: await Promise.all(files.map(toUpload)),
      },
      {
        onSuccess: (r) => {
          setReceipt(r);
          setTimeout(() => receiptRef.current?.focus(), 0);
        },
      },
    );
  };
  const text = (
    k: Field,
    label: string,
    extra: { max: number; hint?: string; placeholder?: string; required?: boolean },
  ) => (
    <TextInput
      label={label}
      description={extra.hint}
      placeholder={extra.placeholder}
      value={v[k]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setV((x) => ({ ...x, [k]: value }));
      }}
      maxLength={extra.max}
      required={extra.required}
      withAsterisk={extra.required}
      error={errors[k] ?? server[k]}
    />
  );

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text size="sm">{m.intro}</Text>
      </Stack>
      <form onSubmit={onSubmit} noValidate aria-label={m.title}>
        <Stack gap="md">
          {mutation.error && (
            <Alert color="red" variant="light" role="alert">
              {refusal(mutation.error)}
            </Alert>
          )}
          {text('name', m.name, { max: 200, required: true })}
          {text('contact', m.contact, { max: 200, hint: m.contactHint })}
          {text('address', m.address, { max: 500 })}
          <Select
            label={m.topic}
            data={topicOptions}
            value={v.topic || null}
            onChange={(topic) => setV((x) => ({ ...x, topic: topic ?? '' }))}
            required
            withAsterisk
            error={errors.topic ?? server.topic}
          />
          {text('subject', m.subject, { max: 300, required: true, placeholder: m.subjectPlaceholder })}
          <Textarea
            label={m.content}
            value={v.content}
            onChange={(e) => {
              const content = e.currentTarget.value;
              setV((x) => ({ ...x, content }));
            }}
            autosize
            minRows={5}
            maxLength={5000}
            required
            withAsterisk
            error={errors.content ?? server.content}
          />
          <FilePicker label={m.attachments} value={files} onChange={setFiles} portal error={fileError} />
          <Group>
            <Button type="submit" size="md" loading={mutation.isPending}>
              {m.submit}
            </Button>
          </Group>
        </Stack>
      </form>
      <PortalLookup communeCode={communeCode} />
    </Stack>
  );
}
