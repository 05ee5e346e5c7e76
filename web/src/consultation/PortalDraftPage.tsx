import {
  Alert,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { PortalFailure } from '../democracy/PortalFailure.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { portalConsultation as m } from './messages.ts';
import { withQuote } from './passages.ts';
import { usePublicDraft, useSubmitComment } from './queries.ts';
import { ResponseHeading } from './ResponseHeading.tsx';
import { DraftStatusBadge } from './StatusBadge.tsx';
import type { PublicDraft } from './types.ts';

const route = getRouteApi('/cong-dan/$communeCode/lay-y-kien/$id');

/** Words a citizen selected inside one passage. */
interface PassageSelection {
  passageId: string;
  text: string;
}

/** One draft for citizens: its text (a passage can be chosen to comment on), the form, the account. */
export function PortalDraftPage() {
  const { communeCode, id } = route.useParams();
  const query = usePublicDraft(communeCode, id);
  const [passageId, setPassageId] = useState('');
  const [content, setContent] = useState('');
  const contentRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<PassageSelection | null>(null);

  // Words selected inside one passage (mouse or a long press) are offered as a quote. The last
  // selection is kept when it collapses: tapping the offer's button collapses it first.
  useEffect(() => {
    const onChange = () => {
      const s = window.getSelection();
      const text = s && !s.isCollapsed ? s.toString().trim() : '';
      const node = s?.anchorNode;
      const passage = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
        '[data-passage-id]',
      );
      const passageId = passage?.dataset.passageId;
      if (text && passageId && passage.contains(s?.focusNode ?? null)) setSelection({ passageId, text });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const back = (
    <AnchorLink to="/cong-dan/$communeCode/lay-y-kien" params={{ communeCode }} size="sm">
      ← {m.backToList}
    </AnchorLink>
  );
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <PortalFailure
        error={query.error}
        notFound={m.notFound}
        onRetry={() => void query.refetch()}
        back={back}
      />
    );

  const d = query.data;
  const choose = (pid: string) => {
    setPassageId(pid);
    contentRef.current?.focus();
  };
  const quote = (s: PassageSelection) => {
    setPassageId(s.passageId);
    setContent((prev) => withQuote(prev, s.text));
    setSelection(null);
    contentRef.current?.focus();
  };

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={6}>
        <Title order={1} size="h2">
          {d.title}
        </Title>
        <div>
          <DraftStatusBadge status={d.status} label={d.statusLabel} />
        </div>
        <Text size="sm">
          {m.period(formatDate(d.opensOn), formatDate(d.closesOn))} · {d.draftTypeLabel}
        </Text>
        {d.document && <Text size="sm">{d.document.citation}</Text>}
      </Stack>
      <Text style={{ whiteSpace: 'pre-line' }}>{d.summary}</Text>
      {d.questions.length > 0 && (
        <div>
          <Text fw={700}>{m.questions}:</Text>
          <Stack gap={2} component="ol" pl="lg" m={0}>
            {d.questions.map((q) => (
              <li key={q}>
                <Text>{q}</Text>
              </li>
            ))}
          </Stack>
        </div>
      )}
      {d.passages.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="noi-dung">
          <Title order={2} size="h3" id="noi-dung">
            {m.passagesTitle}
          </Title>
          {d.canComment && (
            <Text size="sm" c="dimmed">
              {m.passagesHint}
            </Text>
          )}
          {d.passages.map((p) =>
            d.canComment ? (
              // Not a <button>: the words inside must stay selectable, to be quoted.
              <Box
                key={p.id}
                role="button"
                tabIndex={0}
                onClick={() => choose(p.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    choose(p.id);
                  }
                }}
                data-passage-id={p.id}
                aria-pressed={passageId === p.id}
                aria-label={`${p.label}: ${p.body}`}
                data-passage={p.label}
                p="sm"
                style={{
                  cursor: 'pointer',
                  userSelect: 'text',
                  borderRadius: 'var(--mantine-radius-sm)',
                  border: `2px solid ${passageId === p.id ? 'var(--mantine-color-indigo-7)' : 'var(--mantine-color-gray-3)'}`,
                  background: passageId === p.id ? 'var(--mantine-color-indigo-0)' : 'white',
                }}
              >
                <Passage label={p.label} body={p.body} />
              </Box>
            ) : (
              <Box key={p.id} p="sm" data-passage={p.label}>
                <Passage label={p.label} body={p.body} />
              </Box>
            ),
          )}
        </Stack>
      )}
      {d.canComment ? (
        <CommentForm
          communeCode={communeCode}
          draft={d}
          passageId={passageId}
          onPassage={setPassageId}
          content={content}
          onContent={setContent}
          selection={selection}
          onQuote={quote}
          contentRef={contentRef}
        />
      ) : d.account ? (
        <Account account={d.account} />
      ) : (
        d.status === 'closed' && (
          <Alert color="blue" variant="light">
            {m.closed}
          </Alert>
        )
      )}
    </Stack>
  );
}

function Passage(props: { label: string; body: string }) {
  return (
    <>
      <Text size="xs" fw={700} c="dimmed">
        {props.label}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{props.body}</Text>
    </>
  );
}

function CommentForm(props: {
  communeCode: string;
  draft: PublicDraft;
  passageId: string;
  onPassage: (id: string) => void;
  content: string;
  onContent: (text: string) => void;
  selection: PassageSelection | null;
  onQuote: (s: PassageSelection) => void;
  contentRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { draft } = props;
  const mutation = useSubmitComment(props.communeCode, draft.id);
  const { content, onContent: setContent } = props;
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<string>();
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};

  if (mutation.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" title={m.commentTitle}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{m.thanks}</Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setContent('');
              mutation.reset();
            }}
          >
            {m.another}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const text = content.trim();
    setError(text ? undefined : m.contentRequired);
    if (!text) {
      props.contentRef.current?.focus();
      return;
    }
    mutation.mutate({
      passageId: props.passageId || null,
      content: text,
      authorName: name.trim() || null,
      contact: contact.trim() || null,
    });
  };

  const chosen = draft.passages.find((p) => p.id === props.passageId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gop-y">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="gop-y">
            {m.commentTitle}
          </Title>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <NativeSelect
            label={m.target}
            value={props.passageId}
            onChange={(e) => props.onPassage(e.currentTarget.value)}
            data={[
              { value: '', label: m.wholeDraft },
              ...draft.passages.map((p) => ({ value: p.id, label: p.label })),
            ]}
            error={fields.passageId}
          />
          {chosen && (
            <Text size="sm" c="dimmed" lineClamp={3} aria-label={m.chosen}>
              “{chosen.body}”
            </Text>
          )}
          {props.selection && (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" c="dimmed" lineClamp={2} style={{ flex: 1 }}>
                “{props.selection.text}”
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() => props.selection && props.onQuote(props.selection)}
                style={{ flex: 'none' }}
              >
                {m.quote}
              </Button>
            </Group>
          )}
          <Textarea
            ref={props.contentRef}
            label={m.content}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            required
            withAsterisk
            autosize
            minRows={4}
            maxLength={3000}
            error={error ?? fields.content}
          />
          <TextInput
            label={m.name}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            autoComplete="name"
            maxLength={200}
          />
          <TextInput
            label={m.contact}
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
            maxLength={200}
            description={m.privacy}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {m.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Account({ account }: { account: NonNullable<PublicDraft['account']> }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="ket-qua">
      <Title order={2} size="h3" id="ket-qua">
        {m.accountTitle}
      </Title>
      <Text size="sm" c="dimmed">
        {m.accountDate(formatDate(account.publishedDate))}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{account.summary}</Text>
      {account.responses.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Stack gap={4}>
            <ResponseHeading {...r} />
            <Stack gap={2} component="ul" pl="md" m={0}>
              {r.opinions.map((o, i) => (
                // A fixed list, never reordered: its rank is its identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Text key={i} size="sm" component="li">
                  {o.passageLabel ? `${o.passageLabel}: ` : ''}
                  {o.content}
                </Text>
              ))}
            </Stack>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              <strong>{m.reason}:</strong> {r.reason}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
