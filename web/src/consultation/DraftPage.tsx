import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { formatDate, formatNumber, formatPercent } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert } from '../shell/feedback.tsx';
import { AnchorLink, BackLink } from '../shell/links.tsx';
import { PageSection } from '../shell/PageSection.tsx';
import { RecordFallback } from '../shell/RecordFallback.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { EditDraftDialog } from './EditDraftDialog.tsx';
import { RecordDialog, type RecordKind } from './MeetingDialog.tsx';
import { decisionColors, form as formText, detail as m, sourceLabels } from './messages.ts';
import { groupByPassage } from './passages.ts';
import { useDraft, useDraftChange } from './queries.ts';
import { ResponseDialog, type ResponseTarget } from './ResponseDialog.tsx';
import { ResponseHeading } from './ResponseHeading.tsx';
import { DraftStatusBadge } from './StatusBadge.tsx';
import type { DraftDetail, DraftResponse } from './types.ts';

const route = getRouteApi('/_app/dan-chu/lay-y-kien/$id');

/** The officials' workspace for one draft: its text, the opinions by passage, meetings, the account. */
export function DraftPage() {
  const { id } = route.useParams();
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const query = useDraft(communeId, id);
  const [record, setRecord] = useState<RecordKind | null>(null);
  const [editing, setEditing] = useState(false);

  if (!communeId || !query.isSuccess || commune.isLoading)
    return <RecordFallback commune={commune} query={query} />;

  const d = query.data;
  const write = role !== undefined && canWriteOnestop(role);
  const can = (action: string) => write && d.actions.includes(action);

  return (
    <Stack gap="lg" maw={1000}>
      <BackLink to="/dan-chu/lay-y-kien">{m.back}</BackLink>
      <Stack gap="xs">
        <Title order={1} size="h2">
          {d.title}
        </Title>
        <Group gap="sm">
          <DraftStatusBadge status={d.status} label={d.statusLabel} />
          {!write && (
            <Text size="sm" c="dimmed">
              {m.readOnly}
            </Text>
          )}
          {can('edit') && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {m.editDraft}
            </Button>
          )}
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm">
            <strong>{m.type}:</strong> {d.draftTypeLabel}
          </Text>
          <Text size="sm" data-testid="ky-lay-y-kien">
            <strong>{m.period}:</strong>{' '}
            {m.periodValue(
              formatDate(d.opensOn),
              formatDate(d.closesOn),
              formatNumber(d.days),
              formatNumber(d.minDays),
            )}
          </Text>
          {d.document && (
            <Text size="sm">
              <strong>{m.document}:</strong>{' '}
              <AnchorLink to="/van-ban/$id" params={{ id: d.document.id }}>
                {d.document.citation}
              </AnchorLink>
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            <strong>{m.summary}:</strong> {d.summary}
          </Text>
          {d.questions.length > 0 && (
            <div>
              <Text size="sm" fw={700}>
                {m.questions}:
              </Text>
              <Stack gap={2} component="ol" pl="lg" m={0}>
                {d.questions.map((q) => (
                  <Text key={q} size="sm" component="li">
                    {q}
                  </Text>
                ))}
              </Stack>
            </div>
          )}
        </Stack>
      </Paper>

      <PageSection id="noi-dung-du-thao" title={m.passagesTitle}>
        {d.passages.length === 0 ? (
          <Text c="dimmed">{m.noPassages}</Text>
        ) : (
          d.passages.map((p) => (
            <div key={p.id}>
              <Text size="xs" fw={700} c="dimmed">
                {p.label}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {p.body}
              </Text>
            </div>
          ))
        )}
      </PageSection>

      <OpinionsSection communeId={communeId} draft={d} canRespond={can('respond')} />

      <Stack gap="xs" component="section" aria-labelledby="hop-thon">
        <Group justify="space-between">
          <Title order={2} size="h3" id="hop-thon">
            {m.meetingsTitle}
          </Title>
          <Group gap="xs">
            {can('recordMeeting') && (
              <Button size="xs" onClick={() => setRecord('meeting')}>
                {m.recordMeeting}
              </Button>
            )}
            {can('recordOpinion') && (
              <Button size="xs" variant="default" onClick={() => setRecord('written')}>
                {m.recordOpinion}
              </Button>
            )}
          </Group>
        </Group>
        <MeetingsTable draft={d} />
      </Stack>

      <ResponsesSection communeId={communeId} draft={d} canRespond={can('respond')} />
      <PublishSection communeId={communeId} draft={d} canPublish={can('publishAccount')} />

      <RecordDialog communeId={communeId} draft={d} kind={record} onClose={() => setRecord(null)} />
      <EditDraftDialog communeId={communeId} draft={d} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}

function MeetingsTable({ draft }: { draft: DraftDetail }) {
  if (draft.meetings.length === 0) return <Text c="dimmed">{m.noMeetings}</Text>;
  const share = (n: number, of: number) => (of > 0 ? ` (${formatPercent(n / of)})` : '');
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.colPlace}</Table.Th>
            <Table.Th>{m.colDate}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{m.colAttendees}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{m.colAgree}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{m.colDisagree}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{m.colAbstain}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.meetings.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td>
                {x.place}
                {x.note && (
                  <Text size="xs" c="dimmed">
                    {x.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDate(x.meetingDate)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(x.attendees)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {formatNumber(x.agree)}
                {share(x.agree, x.attendees)}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {formatNumber(x.disagree)}
                {share(x.disagree, x.attendees)}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {formatNumber(x.abstain)}
                {share(x.abstain, x.attendees)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OpinionsSection(props: { communeId: string; draft: DraftDetail; canRespond: boolean }) {
  const { draft } = props;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<ResponseTarget | null>(null);
  const responses = new Map(draft.responses.map((r) => [r.id, r]));
  const groups = groupByPassage(draft.opinionList, draft.passages, m.wholeDraft);
  const unanswered = draft.opinionList.filter((o) => !o.responseId).length;
  const toggle = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const i of ids) on ? next.add(i) : next.delete(i);
      return next;
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="y-kien">
      <Group justify="space-between">
        <Title order={2} size="h3" id="y-kien">
          {m.opinionsTitle} ({formatNumber(draft.opinionList.length)})
        </Title>
        {unanswered > 0 && draft.status !== 'open' && draft.status !== 'scheduled' && (
          <Badge color="orange" variant="light" c="dark.8">
            {m.unansweredCount(formatNumber(unanswered))}
          </Badge>
        )}
      </Group>
      {props.canRespond && <Text size="sm">{m.respondHint}</Text>}
      {groups.length === 0 && <Text c="dimmed">{m.noOpinions}</Text>}
      {groups.map((g) => {
        const open = g.opinions.filter((o) => !o.responseId).map((o) => o.id);
        return (
          <Paper key={g.passageId ?? 'chung'} withBorder p="sm" data-passage={g.label}>
            <Group justify="space-between" mb={4}>
              <Title order={3} size="h5">
                {g.label} ({formatNumber(g.opinions.length)})
              </Title>
              {props.canRespond && open.length > 0 && (
                <Button size="compact-xs" variant="subtle" onClick={() => toggle(open, true)}>
                  {m.selectGroup}
                </Button>
              )}
            </Group>
            {g.body && (
              <Text size="xs" c="dimmed" lineClamp={2} mb="xs">
                {g.body}
              </Text>
            )}
            <Stack gap="xs">
              {g.opinions.map((o) => {
                const answer = o.responseId ? responses.get(o.responseId) : undefined;
                return (
                  <Group key={o.id} align="flex-start" wrap="nowrap" gap="sm">
                    {props.canRespond && (
                      <Checkbox
                        mt={4}
                        checked={selected.has(o.id)}
                        onChange={(e) => toggle([o.id], e.currentTarget.checked)}
                        aria-label={m.selectOpinion(o.content)}
                      />
                    )}
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {o.content}
                      </Text>
                      <Group gap="xs">
                        <Badge size="sm" variant="outline" color="gray.7">
                          {sourceLabels[o.source]}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {[
                            o.authorName,
                            formatDate(o.receivedDate),
                            m.supporters(formatNumber(o.supporters)),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        {answer ? (
                          <Badge size="sm" variant="light" c="dark.8" color={decisionColors[answer.decision]}>
                            {answer.decisionLabel}
                          </Badge>
                        ) : (
                          draft.status !== 'open' && (
                            <Text size="xs" c="orange.9">
                              {m.unanswered}
                            </Text>
                          )
                        )}
                      </Group>
                    </Stack>
                  </Group>
                );
              })}
            </Stack>
          </Paper>
        );
      })}
      {props.canRespond && (
        <Group>
          <Button disabled={selected.size === 0} onClick={() => setTarget({ opinionIds: [...selected] })}>
            {m.respondSelected(formatNumber(selected.size))}
          </Button>
        </Group>
      )}
      <ResponseDialog
        communeId={props.communeId}
        draft={draft}
        target={target}
        onClose={() => setTarget(null)}
        onDone={() => {
          setTarget(null);
          setSelected(new Set());
        }}
      />
    </Stack>
  );
}

function ResponsesSection(props: { communeId: string; draft: DraftDetail; canRespond: boolean }) {
  const { draft } = props;
  const [target, setTarget] = useState<ResponseTarget | null>(null);
  const edit = (r: DraftResponse) => setTarget({ opinionIds: r.opinionIds, response: r });
  return (
    <PageSection id="tiep-thu" title={m.responsesTitle}>
      {draft.responses.length === 0 ? (
        <Text c="dimmed">{m.noResponses}</Text>
      ) : (
        draft.responses.map((r) => (
          <Paper key={r.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <ResponseHeading {...r} />
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {r.reason}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.opinionsOf(formatNumber(r.opinionIds.length))}
                </Text>
              </Stack>
              {props.canRespond && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => edit(r)}
                  aria-label={`${m.edit}: ${r.title}`}
                >
                  {m.edit}
                </Button>
              )}
            </Group>
          </Paper>
        ))
      )}
      <ResponseDialog
        communeId={props.communeId}
        draft={draft}
        target={target}
        onClose={() => setTarget(null)}
        onDone={() => setTarget(null)}
      />
    </PageSection>
  );
}

function PublishSection(props: { communeId: string; draft: DraftDetail; canPublish: boolean }) {
  const { draft } = props;
  const mutation = useDraftChange(props.communeId, draft.id);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string>();
  const unanswered = draft.opinionList.filter((o) => !o.responseId).length;
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};

  if (draft.accountPublishedDate) {
    return (
      <PageSection id="cong-bo" title={m.publishTitle}>
        <Alert color="green" variant="light" title={m.published(formatDate(draft.accountPublishedDate))}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {draft.accountSummary}
          </Text>
        </Alert>
      </PageSection>
    );
  }
  if (!props.canPublish) return null;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setError(summary.trim() ? undefined : formText.required);
    if (!summary.trim()) return;
    mutation.mutate({ method: 'POST', path: 'account', body: { summary: summary.trim() } });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cong-bo">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="cong-bo">
            {m.publishTitle}
          </Title>
          <Text size="sm">{m.publishHint}</Text>
          {unanswered > 0 && (
            <Alert color="orange" variant="light">
              {m.unansweredCount(formatNumber(unanswered))}
            </Alert>
          )}
          {mutation.error && !fields.summary && <ErrorAlert error={mutation.error} />}
          <Textarea
            label={m.publishSummary}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            required
            withAsterisk
            autosize
            minRows={3}
            maxLength={10_000}
            error={error ?? fields.summary}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {m.publish}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
