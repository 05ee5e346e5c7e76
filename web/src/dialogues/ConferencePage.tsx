import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, formatNumber, parseDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { topicLabels } from '../petitions/messages.ts';
import type { Topic } from '../petitions/types.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { ConferenceForm } from './ConferenceForm.tsx';
import { dialogues as m, outcomeColors, outcomeLabels } from './messages.ts';
import { useConference, useDeleteConference, useSaveOpinion } from './queries.ts';
import { opinionSummary } from './summary.ts';
import type { Conference, Opinion, OpinionOutcome } from './types.ts';

const route = getRouteApi('/_app/doi-thoai/$id');

/** One conference: its details and the opinions raised, each with how it was answered. */
export function ConferencePage() {
  const { id } = route.useParams();
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const query = useConference(communeId, id);
  const remove = useDeleteConference(communeId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [opinion, setOpinion] = useState<Opinion | 'new' | null>(null);
  const canWrite = canWriteCivic(role);

  if (commune.isLoading || query.isPending) return <Loading />;
  if (query.isError || !communeId)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;

  return (
    <Stack gap="lg">
      <AnchorLink to="/doi-thoai" size="sm">
        ← {m.back}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {c.topic}
        </Title>
        <Text>
          {formatDate(c.heldDate)} · {c.villageName ?? m.villageNone} · {c.place}
        </Text>
        <Text size="sm">
          {m.chairedBy}: {c.chairedBy} · {m.participants}: {formatNumber(c.participants)}
        </Text>
        <Text size="sm" c="dimmed">
          {opinionSummary(c)}
        </Text>
        {c.notes && <Text size="sm">{c.notes}</Text>}
      </Stack>
      {canWrite && (
        <Group gap="sm">
          <Button onClick={() => setOpinion('new')}>{m.addOpinion}</Button>
          <Button variant="default" onClick={() => setEditing(true)}>
            {m.edit}
          </Button>
          <Button
            variant="subtle"
            color="red.9"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(m.deleteConfirm))
                remove.mutate(c.id, { onSuccess: () => void navigate({ to: '/doi-thoai' }) });
            }}
          >
            {m.delete}
          </Button>
        </Group>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
      <Stack gap="sm" component="section" aria-labelledby="y-kien">
        <Title order={2} size="h4" id="y-kien">
          {m.opinionTitle}
        </Title>
        {c.opinions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {m.noOpinions}
          </Text>
        ) : (
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {c.opinions.map((o) => (
              <Paper component="li" withBorder p="md" key={o.id}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4} miw={0}>
                    <Group gap="xs">
                      <Badge color={outcomeColors[o.outcome]} variant="light" c="dark.8" tt="none">
                        {outcomeLabels[o.outcome]}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {topicLabels[o.topic]}
                        {o.raisedBy && ` · ${o.raisedBy}`}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {o.content}
                    </Text>
                    {o.answer && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {m.answer}
                        {o.answeredDate && ` (${formatDate(o.answeredDate)})`}: {o.answer}
                      </Text>
                    )}
                    {o.escalatedTo && (
                      <Text size="sm" c="dimmed">
                        {m.escalatedTo}: {o.escalatedTo}
                      </Text>
                    )}
                  </Stack>
                  {canWrite && (
                    <Button size="xs" variant="default" onClick={() => setOpinion(o)}>
                      {m.editOpinion}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={m.editTitle} size="lg">
        {editing && (
          <ConferenceForm
            communeId={communeId}
            conference={c}
            onClose={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
        )}
      </Modal>
      <Modal opened={opinion !== null} onClose={() => setOpinion(null)} title={m.opinionTitle} size="lg">
        {opinion !== null && (
          <OpinionForm
            communeId={communeId}
            conference={c}
            opinion={opinion === 'new' ? null : opinion}
            onClose={() => setOpinion(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function OpinionForm(props: {
  communeId: string;
  conference: Conference;
  opinion: Opinion | null;
  onClose: () => void;
}) {
  const o = props.opinion;
  const mutation = useSaveOpinion(props.communeId, props.conference.id);
  const [v, setV] = useState({
    topic: (o?.topic ?? null) as Topic | null,
    content: o?.content ?? '',
    raisedBy: o?.raisedBy ?? '',
    outcome: (o?.outcome ?? 'answeredOnSpot') as OpinionOutcome,
    answer: o?.answer ?? '',
    answeredDate: o?.answeredDate ? formatDate(o.answeredDate) : '',
    escalatedTo: o?.escalatedTo ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const err = (k: string) => errors[k] ?? server[k];
  const set = (k: keyof typeof v) => (value: string | null) => setV((x) => ({ ...x, [k]: value }));
  const later = v.outcome === 'answeredLater';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!v.topic) found.topic = m.required;
    if (!v.content.trim()) found.content = m.required;
    const answeredDate = v.answeredDate.trim() ? parseDate(v.answeredDate) : null;
    if (later) {
      if (!v.answer.trim()) found.answer = m.required;
      if (!answeredDate) found.answeredDate = m.invalidDate;
    }
    if (v.outcome === 'escalated' && !v.escalatedTo.trim()) found.escalatedTo = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !v.topic) return;
    const withAnswer = v.outcome === 'answeredOnSpot' || later;
    mutation.mutate(
      {
        id: o?.id,
        topic: v.topic,
        content: v.content.trim(),
        raisedBy: v.raisedBy.trim() || null,
        outcome: v.outcome,
        answer: withAnswer ? v.answer.trim() || null : null,
        answeredDate: later ? answeredDate : null,
        escalatedTo: v.outcome === 'escalated' ? v.escalatedTo.trim() : null,
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.opinionTopic}
            data={Object.entries(topicLabels).map(([value, label]) => ({ value, label }))}
            value={v.topic}
            onChange={set('topic')}
            required
            withAsterisk
            error={err('topic')}
          />
          <TextInput
            label={m.raisedBy}
            value={v.raisedBy}
            onChange={(e) => set('raisedBy')(e.currentTarget.value)}
            maxLength={200}
          />
        </SimpleGrid>
        <Textarea
          label={m.content}
          value={v.content}
          onChange={(e) => set('content')(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          required
          withAsterisk
          error={err('content')}
          data-autofocus
        />
        <Select
          label={m.outcome}
          data={Object.entries(outcomeLabels).map(([value, label]) => ({ value, label }))}
          value={v.outcome}
          onChange={(x) => x && set('outcome')(x)}
          allowDeselect={false}
        />
        {(v.outcome === 'answeredOnSpot' || later) && (
          <Textarea
            label={m.answer}
            value={v.answer}
            onChange={(e) => set('answer')(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
            required={later}
            withAsterisk={later}
            error={err('answer')}
          />
        )}
        {later && (
          <DateField
            label={m.answeredDate}
            value={v.answeredDate}
            onChange={set('answeredDate')}
            error={err('answeredDate')}
          />
        )}
        {v.outcome === 'escalated' && (
          <TextInput
            label={m.escalatedTo}
            value={v.escalatedTo}
            onChange={(e) => set('escalatedTo')(e.currentTarget.value)}
            required
            withAsterisk
            maxLength={300}
            error={err('escalatedTo')}
          />
        )}
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
