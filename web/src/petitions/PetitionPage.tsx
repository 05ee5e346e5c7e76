import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { canAssign, canWriteCivic } from '../civic/roles.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DetailRow, DetailsTable } from '../shell/DetailsTable.tsx';
import { EventTimeline } from '../shell/EventTimeline.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { ActionDialog } from './ActionDialog.tsx';
import { Marks, StatusBadge } from './Badges.tsx';
import { FilePicker } from './FilePicker.tsx';
import { toUpload } from './files.ts';
import { IdentityPanel } from './IdentityPanel.tsx';
import {
  actionLabels,
  channelLabels,
  eventLabel,
  kindLabels,
  petition as m,
  outcomeLabels,
  topicLabels,
  variantLabels,
} from './messages.ts';
import { attachmentUrl, useAttachFile, usePetition } from './queries.ts';
import type { PetitionAction, PetitionDetail } from './types.ts';

const route = getRouteApi('/_app/don-thu/$id');

// Forward steps filled; the ones that close a petition without handling it outlined.
const primary: readonly PetitionAction[] = ['accept', 'settle', 'answer'];

/** One petition: the next steps the API allows, its details, the protected identity, the timeline. */
export function PetitionPage() {
  const { id } = route.useParams();
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const query = usePetition(commune.current?.id, id);
  const [action, setAction] = useState<PetitionAction | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (commune.isLoading || query.isPending) return <Loading />;
  if (query.isError || !commune.current)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const p = query.data;
  const communeId = commune.current.id;
  const canWrite = canWriteCivic(role);
  // Assigning is the leader's: an officer does not get a button the API would refuse.
  const actions = p.actions.filter((a) => a !== 'assign' || canAssign(role));

  return (
    <Stack gap="lg">
      <AnchorLink to="/don-thu" size="sm">
        ← {m.back}
      </AnchorLink>
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {m.code} {p.code}
          </Title>
          <StatusBadge status={p.status} />
          <Marks p={p} />
        </Group>
        <Text fw={500}>{p.subject}</Text>
        <Text size="sm">
          {kindLabels[p.kind]} · {topicLabels[p.topic]}
          {p.dueDate && (
            <>
              {' '}
              · {p.status === 'received' ? m.intakeDue : m.due}:{' '}
              <strong data-testid="han-giai-quyet">{formatDate(p.dueDate)}</strong>
            </>
          )}
        </Text>
      </Stack>

      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="xu-ly">
        <Title order={2} size="h4" id="xu-ly" mb="sm">
          {m.actions}
        </Title>
        {!canWrite ? (
          <Text size="sm" c="dimmed">
            {m.readOnly}
          </Text>
        ) : actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {m.noActions}
          </Text>
        ) : (
          <Group gap="sm">
            {actions.map((a) => (
              <Button
                key={a}
                variant={primary.includes(a) ? 'filled' : 'default'}
                onClick={() => setAction(a)}
              >
                {actionLabels[a]}
              </Button>
            ))}
          </Group>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Details p={p} />
        <Stack gap="lg">
          <IdentityPanel communeId={communeId} p={p} />
          <Answer p={p} />
          <Letter p={p} />
          <Attachments communeId={communeId} p={p} canWrite={canWrite} />
        </Stack>
      </SimpleGrid>

      <EventTimeline
        events={p.events}
        labelOf={eventLabel}
        title={m.timeline}
        empty={m.noEvents}
        system={m.system}
      />

      <ActionDialog
        communeId={communeId}
        petition={p}
        action={action}
        onClose={() => setAction(null)}
        onDone={(after, a) => {
          setAction(null);
          setDone(a === 'accept' && after.dueDate ? m.acceptedDue(formatDate(after.dueDate)) : m.done);
        }}
      />
    </Stack>
  );
}

function Details({ p }: { p: PetitionDetail }) {
  return (
    <DetailsTable
      title={m.details}
      after={
        p.reopenReason && (
          <Alert color="orange.9" variant="outline">
            {m.reopened(formatNumber(p.reopenedCount), p.reopenReason)}
          </Alert>
        )
      }
    >
      <DetailRow label={m.kind}>{kindLabels[p.kind]}</DetailRow>
      <DetailRow label={m.channel}>{channelLabels[p.channel]}</DetailRow>
      {p.forwardedBy && <DetailRow label={m.forwardedBy}>{p.forwardedBy}</DetailRow>}
      <DetailRow label={m.received}>{formatDate(p.receivedDate)}</DetailRow>
      {p.kind !== 'denunciation' && <DetailRow label={m.submitter}>{p.submitterName ?? '—'}</DetailRow>}
      {p.submitterAddress && <DetailRow label={m.address}>{p.submitterAddress}</DetailRow>}
      {p.submitterContact && <DetailRow label={m.contact}>{p.submitterContact}</DetailRow>}
      <DetailRow label={m.topic}>{topicLabels[p.topic]}</DetailRow>
      <DetailRow label={m.content}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {p.content}
        </Text>
      </DetailRow>
      {p.intakeDueDate && <DetailRow label={m.intakeDue}>{formatDate(p.intakeDueDate)}</DetailRow>}
      {p.acceptedDate && <DetailRow label={m.accepted}>{formatDate(p.acceptedDate)}</DetailRow>}
      {p.variant && <DetailRow label={m.variant}>{variantLabels[p.variant]}</DetailRow>}
      {p.dueDate && p.status !== 'received' && (
        <DetailRow label={m.due}>
          {formatDate(p.dueDate)} {p.overdue && `(${m.overdue})`}
        </DetailRow>
      )}
      {p.extensions.length > 0 && (
        <DetailRow label={m.extensions}>
          {p.extensions.map((x) => (
            <Text size="sm" key={`${x.date}-${x.days}`}>
              {m.extensionLine(formatNumber(x.days), formatDate(x.date), x.reason)}
            </Text>
          ))}
        </DetailRow>
      )}
      <DetailRow label={m.assigned}>{p.assignedOfficial?.fullName ?? m.notAssigned}</DetailRow>
      {p.repeatedOf && (
        <DetailRow label={m.repeatedOf}>
          <AnchorLink to="/don-thu/$id" params={{ id: p.repeatedOf.id }}>
            {p.repeatedOf.code}
          </AnchorLink>
        </DetailRow>
      )}
      {p.overLevel && <DetailRow label={m.overLevel}>{m.yes}</DetailRow>}
      {p.transferredTo && <DetailRow label={m.transferredTo}>{p.transferredTo}</DetailRow>}
      {p.filedReason && <DetailRow label={m.filedReason}>{p.filedReason}</DetailRow>}
      {p.forInspection && <DetailRow label={m.forInspection}>{m.yes}</DetailRow>}
      {p.decisionRef && (
        <DetailRow label={m.decision}>
          {p.decisionRef}
          {p.decisionDate && ` (${formatDate(p.decisionDate)})`}
        </DetailRow>
      )}
      {p.outcome && <DetailRow label={m.outcome}>{outcomeLabels[p.outcome]}</DetailRow>}
      {p.closedDate && <DetailRow label={m.closed}>{formatDate(p.closedDate)}</DetailRow>}
    </DetailsTable>
  );
}

function Answer({ p }: { p: PetitionDetail }) {
  if (!p.answerText) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tra-loi">
      <Title order={2} size="h4" id="tra-loi" mb="xs">
        {m.answer}
      </Title>
      <Text size="sm" c="dimmed">
        {p.answeredDate && m.answered(formatDate(p.answeredDate))} ·{' '}
        {p.answerPublished ? m.published : m.notPublished}
      </Text>
      <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="cau-tra-loi">
        {p.answerText}
      </Text>
      {p.rating !== null && (
        <Text size="sm" mt="xs" fw={500}>
          {m.rating(p.rating)}
          {p.ratingComment && ` — ${p.ratingComment}`}
        </Text>
      )}
    </Paper>
  );
}

/** The transfer slip or guidance letter the API wrote; printed from the browser. */
function Letter({ p }: { p: PetitionDetail }) {
  if (!p.letterText) return null;
  const print = () => {
    const w = window.open('', '_blank');
    if (!w) return;
    const pre = w.document.createElement('pre');
    pre.style.cssText = 'font: 13pt "Times New Roman", serif; white-space: pre-wrap; margin: 2cm;';
    pre.textContent = p.letterText;
    w.document.title = `${m.letter} ${p.code}`;
    w.document.body.append(pre);
    w.print();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="van-ban">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="van-ban">
          {m.letter}
        </Title>
        <Button size="xs" variant="default" onClick={print}>
          {m.printLetter}
        </Button>
      </Group>
      <Text size="sm" ff="serif" style={{ whiteSpace: 'pre-wrap' }} data-testid="van-ban">
        {p.letterText}
      </Text>
    </Paper>
  );
}

function Attachments(props: { communeId: string; p: PetitionDetail; canWrite: boolean }) {
  const { p } = props;
  const attach = useAttachFile(props.communeId, p.id);
  const [files, setFiles] = useState<File[]>([]);
  const upload = async () => {
    for (const f of files) await attach.mutateAsync(await toUpload(f)).catch(() => undefined);
    setFiles([]);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="tep">
      <Title order={2} size="h4" id="tep">
        {m.attachments}
      </Title>
      {p.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.noAttachments}
        </Text>
      ) : (
        p.attachments.map((f) => (
          <Anchor key={f.id} href={attachmentUrl(props.communeId, p.id, f.id)} size="sm">
            {f.fileName}
          </Anchor>
        ))
      )}
      {props.canWrite && (
        <Group align="flex-end" gap="sm">
          <FilePicker label={m.addFile} value={files} onChange={setFiles} error={attach.error?.message} />
          <Button variant="default" disabled={files.length === 0} loading={attach.isPending} onClick={upload}>
            {m.addFile}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
