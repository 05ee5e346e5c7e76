import { Alert, Paper, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { formatDate, formatNumber } from '../lib/format.ts';
import { CodeInput } from '../portal/CodeInput.tsx';
import { FactsTable } from '../portal/FactsTable.tsx';
import { FormPanel } from '../portal/FormPanel.tsx';
import { ScoreChoice } from '../portal/ScoreChoice.tsx';
import { TrackedRecordPage } from '../portal/TrackedRecordPage.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { StatusBadge } from './Badges.tsx';
import { portalPetition as m } from './messages.ts';
import { usePortalPetitionAction, usePublicPetition } from './queries.ts';

const route = getRouteApi('/cong-dan/$communeCode/phan-anh/$code');

/** A petition followed by its code: status, dates, the published answer; rating and reopening. */
export function PortalPetitionPage() {
  const { communeCode, code } = route.useParams();
  const query = usePublicPetition(communeCode, code);
  return (
    <TrackedRecordPage
      kind="petition"
      communeCode={communeCode}
      code={code}
      query={query}
      labels={m}
      title={(p) => m.petitionTitle(p.code)}
      status={(p) => <StatusBadge status={p.status} />}
    >
      {(p) => (
        <>
          <FactsTable
            rows={[
              [m.kind, p.kindLabel],
              [m.topicRow, p.topicLabel],
              [m.status, p.statusLabel],
              [m.received, formatDate(p.receivedDate)],
              p.dueDate && p.status !== 'answered' && [m.due, formatDate(p.dueDate)],
            ]}
          />
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
        </>
      )}
    </TrackedRecordPage>
  );
}

function SecretField(props: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <CodeInput
      label={m.secretField}
      description={m.secretHint}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      maxLength={32}
      required
      withAsterisk
      error={props.error}
    />
  );
}

function RateForm(props: { communeCode: string; code: string }) {
  const mutation = usePortalPetitionAction(props.communeCode, props.code, 'rating');
  const form = useFormValues(() => ({ secret: '', score: '', comment: '' }), mutation.error);
  const { values: v, set, setErrors, errorOf, text } = form;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      secret: v.secret.trim() ? undefined : m.secretRequired,
      score: v.score ? undefined : m.scoreRequired,
    };
    setErrors(found);
    if (found.secret || found.score) return;
    mutation.mutate({
      secret: v.secret.trim().toUpperCase(),
      rating: Number(v.score),
      comment: v.comment.trim() || null,
    });
  };
  return (
    <FormPanel
      id="danh-gia"
      title={m.rateTitle}
      intro={m.rateIntro}
      onSubmit={onSubmit}
      submit={m.submitRating}
      pending={mutation.isPending}
    >
      {mutation.error && <ErrorAlert error={mutation.error} />}
      <ScoreChoice
        label={m.score}
        value={v.score}
        onChange={(s) => set('score', s)}
        error={errorOf('score')}
        meanings={m.scores}
      />
      <Textarea label={m.comment} {...text('comment')} autosize minRows={2} maxLength={2000} />
      <SecretField value={v.secret} onChange={(s) => set('secret', s)} error={errorOf('secret')} />
    </FormPanel>
  );
}

function ReopenForm(props: { communeCode: string; code: string; until: string }) {
  const mutation = usePortalPetitionAction(props.communeCode, props.code, 'reopen');
  const form = useFormValues(() => ({ secret: '', reason: '' }), mutation.error);
  const { values: v, set, setErrors, errorOf, text } = form;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      secret: v.secret.trim() ? undefined : m.secretRequired,
      reason: v.reason.trim() ? undefined : m.reasonRequired,
    };
    setErrors(found);
    if (found.secret || found.reason) return;
    mutation.mutate({ secret: v.secret.trim().toUpperCase(), reason: v.reason.trim() });
  };
  return (
    <FormPanel
      id="xem-xet-lai"
      title={m.reopenTitle}
      intro={m.reopenIntro(props.until)}
      onSubmit={onSubmit}
      submit={m.submitReopen}
      submitVariant="outline"
      pending={mutation.isPending}
    >
      {mutation.error && <ErrorAlert error={mutation.error} />}
      <Textarea
        label={m.reason}
        {...text('reason')}
        autosize
        minRows={3}
        maxLength={2000}
        required
        withAsterisk
      />
      <SecretField value={v.secret} onChange={(s) => set('secret', s)} error={errorOf('secret')} />
    </FormPanel>
  );
}
