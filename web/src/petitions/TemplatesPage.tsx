import {
  Alert,
  Badge,
  Button,
  Checkbox,
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
import { type FormEvent, useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { kindLabels, templates as m, petition, topicLabels } from './messages.ts';
import { useSaveTemplate, useTemplates } from './queries.ts';
import type { PetitionKind, Template, TemplateInput, Topic } from './types.ts';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Answer templates per kind and topic, including those no longer in use (to revive them). */
export function TemplatesPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [kind, setKind] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const query = useTemplates(communeId, { kind: kind ?? undefined, topic: topic ?? undefined, all: true });
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <AnchorLink to="/don-thu" size="sm">
        ← {petition.back}
      </AnchorLink>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {m.title}
        </Title>
        {canWrite && <Button onClick={() => setEditing('new')}>{m.add}</Button>}
      </Group>
      <Text size="sm">{m.intro}</Text>
      <Group gap="sm" align="flex-end">
        <Select label={m.kind} data={options(kindLabels)} value={kind} onChange={setKind} clearable w={260} />
        <Select
          label={m.topic}
          data={options(topicLabels)}
          value={topic}
          onChange={setTopic}
          clearable
          w={260}
        />
      </Group>
      {saved && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(false)}>
          {m.saved}
        </Alert>
      )}
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {query.data.items.map((t) => (
            <Paper component="li" withBorder p="md" key={t.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4} miw={0}>
                  <Group gap="xs">
                    <Text fw={600}>{t.title}</Text>
                    <Badge variant="light" c="dark.8">
                      {kindLabels[t.kind]} · {topicLabels[t.topic]}
                    </Badge>
                    {!t.active && (
                      <Badge color="gray" variant="outline">
                        {m.inactive}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
                    {t.body}
                  </Text>
                </Stack>
                {canWrite && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setEditing(t)}
                    aria-label={`${m.edit}: ${t.title}`}
                  >
                    {m.edit}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? m.addTitle : m.editTitle}
        size="lg"
      >
        {editing !== null && communeId && (
          <TemplateForm
            communeId={communeId}
            template={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setSaved(true);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function TemplateForm(props: {
  communeId: string;
  template: Template | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const mutation = useSaveTemplate(props.communeId);
  const t = props.template;
  const [v, setV] = useState<TemplateInput>({
    kind: t?.kind ?? 'feedback',
    topic: t?.topic ?? 'other',
    title: t?.title ?? '',
    body: t?.body ?? '',
    active: t?.active ?? true,
  });
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      title: v.title.trim() ? undefined : m.required,
      body: v.body.trim() ? undefined : m.required,
    };
    setErrors(found);
    if (found.title || found.body) return;
    mutation.mutate({ ...v, id: t?.id }, { onSuccess: props.onSaved });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.kind}
            data={options(kindLabels)}
            value={v.kind}
            onChange={(kind) => kind && setV((x) => ({ ...x, kind: kind as PetitionKind }))}
            allowDeselect={false}
          />
          <Select
            label={m.topic}
            data={options(topicLabels)}
            value={v.topic}
            onChange={(topic) => topic && setV((x) => ({ ...x, topic: topic as Topic }))}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={m.titleField}
          value={v.title}
          onChange={(e) => {
            const title = e.currentTarget.value;
            setV((x) => ({ ...x, title }));
          }}
          required
          withAsterisk
          maxLength={200}
          error={errors.title ?? server.title}
          data-autofocus
        />
        <Textarea
          label={m.body}
          description={m.intro}
          value={v.body}
          onChange={(e) => {
            const body = e.currentTarget.value;
            setV((x) => ({ ...x, body }));
          }}
          autosize
          minRows={6}
          maxLength={10_000}
          required
          withAsterisk
          error={errors.body ?? server.body}
        />
        <Checkbox
          label={m.active}
          checked={v.active ?? true}
          onChange={(e) => {
            const active = e.currentTarget.checked;
            setV((x) => ({ ...x, active }));
          }}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
