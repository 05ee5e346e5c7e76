import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, isApiError } from '../lib/api.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { StatusBadge } from './Badges.tsx';
import { portalPetition as m } from './messages.ts';
import { PortalLookup } from './PortalLookup.tsx';
import { usePortalPetitionAction, usePublicPetition } from './queries.ts';

const route = getRouteApi('/cong-dan/$communeCode/phan-anh/$code');

/** A petition followed by its code: status, dates, the published answer; rating and reopening. */
export function PortalPetitionPage() {
  const { communeCode, code } = route.useParams();
  const query = usePublicPetition(communeCode, code);
  const back = (
    <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
      ← {m.backToCommune}
    </AnchorLink>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Stack gap="lg">
        {back}
        {isApiError(query.error) && query.error.status === 404 ? (
          <Alert color="yellow" variant="light" role="alert">
            {m.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <PortalLookup key={code} communeCode={communeCode} initial={code} />
      </Stack>
    );

  const p = query.data;
  const row = (label: string, value: string) => (
    <Table.Tr>
      <Table.Th scope="row" w="45%">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1} size="h2" style={{ wordBreak: 'break-word' }}>
          {m.petitionTitle(p.code)}
        </Title>
        <Group gap="xs">
          <StatusBadge status={p.status} />
        </Group>
      </Stack>
      <Paper withBorder p={0}>
        <Table fz="sm" verticalSpacing="xs">
          <Table.Tbody>
            {row(m.kind, p.kindLabel)}
            {row(m.topicRow, p.topicLabel)}
            {row(m.status, p.statusLabel)}
            {row(m.received, formatDate(p.receivedDate))}
            {p.dueDate && p.status !== 'answered' && row(m.due, formatDate(p.dueDate))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="cau-tra-loi">
        <Title order={2} size="h3" id="cau-tra-loi" mb="xs">
          {m.answerTitle}
        </Title>
        {p.answer ? (
          <>
            {p.answeredDate && (
              <Text size="sm" c="dimmed" mb="xs">
                {m.answeredOn(formatDate(p.answeredDate))}
              </Text>
            )}
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="cau-tra-loi">
              {p.answer}
            </Text>
          </>
        ) : (
          <Text c="dimmed">{m.noAnswer}</Text>
        )}
        {p.reopenedCount > 0 && (
          <Text size="sm" c="dimmed" mt="xs">
            {m.reopenedCount(formatNumber(p.reopenedCount))}
          </Text>
        )}
      </Paper>
      {p.status === 'accepted' && p.reopenedCount > 0 && (
        <Alert color="blue" variant="light" role="status">
          {m.reopened}
        </Alert>
      )}
      {p.rated && (
        <Alert color="green" variant="light" role="status">
          {m.rated}
        </Alert>
      )}
      {p.canRate && <RateForm communeCode={communeCode} code={p.code} />}
      {p.canReopen && p.reopenUntil && (
        <ReopenForm communeCode={communeCode} code={p.code} until={formatDate(p.reopenUntil)} />
      )}
    </Stack>
  );
}

function SecretField(props: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <TextInput
      label={m.secretField}
      description={m.secretHint}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      autoCapitalize="characters"
      autoComplete="off"
      spellCheck={false}
      maxLength={32}
      required
      withAsterisk
      error={props.error}
    />
  );
}

function RateForm(props: { communeCode: string; code: string }) {
  const mutation = usePortalPetitionAction(props.communeCode, props.code, 'rating');
  const [secret, setSecret] = useState('');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ secret?: string; score?: string }>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      secret: secret.trim() ? undefined : m.secretRequired,
      score: score ? undefined : m.scoreRequired,
    };
    setErrors(found);
    if (found.secret || found.score) return;
    mutation.mutate({
      secret: secret.trim().toUpperCase(),
      rating: Number(score),
      comment: comment.trim() || null,
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="danh-gia">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="danh-gia">
              {m.rateTitle}
            </Title>
            <Text size="sm">{m.rateIntro}</Text>
          </div>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <Radio.Group
            label={m.score}
            value={score}
            onChange={setScore}
            required
            withAsterisk
            error={errors.score}
          >
            <Stack gap={8} mt={6}>
              {[5, 4, 3, 2, 1].map((s) => (
                <Radio key={s} value={String(s)} label={`${s} – ${m.scores[s]}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={m.comment}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <SecretField value={secret} onChange={setSecret} error={errors.secret ?? server.secret} />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {m.submitRating}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ReopenForm(props: { communeCode: string; code: string; until: string }) {
  const mutation = usePortalPetitionAction(props.communeCode, props.code, 'reopen');
  const [secret, setSecret] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ secret?: string; reason?: string }>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      secret: secret.trim() ? undefined : m.secretRequired,
      reason: reason.trim() ? undefined : m.reasonRequired,
    };
    setErrors(found);
    if (found.secret || found.reason) return;
    mutation.mutate({ secret: secret.trim().toUpperCase(), reason: reason.trim() });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="xem-xet-lai">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="xem-xet-lai">
              {m.reopenTitle}
            </Title>
            <Text size="sm">{m.reopenIntro(props.until)}</Text>
          </div>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <Textarea
            label={m.reason}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
            withAsterisk
            error={errors.reason ?? server.reason}
          />
          <SecretField value={secret} onChange={setSecret} error={errors.secret ?? server.secret} />
          <Group>
            <Button type="submit" variant="outline" loading={mutation.isPending}>
              {m.submitReopen}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
