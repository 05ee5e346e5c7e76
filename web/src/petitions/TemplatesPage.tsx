import {
  Badge,
  Button,
  Checkbox,
  Group,
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
import { QueryState } from '../democracy/QueryState.tsx';
import { useSession } from '../lib/queries.ts';
import { SavedAlert } from '../mobilisation/ui.tsx';
import { CardList } from '../shell/CardList.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { EditModal, useEditDialog } from '../shell/EditModal.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { BackLink } from '../shell/links.tsx';
import { whenNoItems } from '../shell/no-items.ts';
import { labelOptions } from '../shell/select-options.ts';
import { kindLabels, templates as m, petition, topicLabels } from './messages.ts';
import { useSaveTemplate, useTemplates } from './queries.ts';
import type { PetitionKind, Template, TemplateInput, Topic } from './types.ts';

/** Answer templates per kind and topic, including those no longer in use (to revive them). */
export function TemplatesPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [kind, setKind] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const query = useTemplates(communeId, { kind: kind ?? undefined, topic: topic ?? undefined, all: true });
  const dialog = useEditDialog<Template>();
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <BackLink to="/don-thu">{petition.back}</BackLink>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {m.title}
        </Title>
        {canWrite && <Button onClick={() => dialog.open('new')}>{m.add}</Button>}
      </Group>
      <Text size="sm">{m.intro}</Text>
      <Group gap="sm" align="flex-end">
        <Select
          label={m.kind}
          data={labelOptions(kindLabels)}
          value={kind}
          onChange={setKind}
          clearable
          w={260}
        />
        <Select
          label={m.topic}
          data={labelOptions(topicLabels)}
          value={topic}
          onChange={setTopic}
          clearable
          w={260}
        />
      </Group>
      <SavedAlert message={dialog.saved && m.saved} onClose={dialog.hideSaved} />
      <QueryState query={query} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <CardList items={data.items}>
            {(t) => (
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
                    onClick={() => dialog.open(t)}
                    aria-label={`${m.edit}: ${t.title}`}
                  >
                    {m.edit}
                  </Button>
                )}
              </Group>
            )}
          </CardList>
        )}
      </QueryState>
      <EditModal dialog={dialog} titles={m}>
        {(template) =>
          communeId && (
            <TemplateForm
              communeId={communeId}
              template={template}
              onClose={dialog.close}
              onSaved={dialog.onSaved}
            />
          )
        }
      </EditModal>
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
  const form = useFormValues<TemplateInput>(
    () => ({
      kind: t?.kind ?? 'feedback',
      topic: t?.topic ?? 'other',
      title: t?.title ?? '',
      body: t?.body ?? '',
      active: t?.active ?? true,
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, text } = form;
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
            data={labelOptions(kindLabels)}
            value={v.kind}
            onChange={(kind) => kind && set('kind', kind as PetitionKind)}
            allowDeselect={false}
          />
          <Select
            label={m.topic}
            data={labelOptions(topicLabels)}
            value={v.topic}
            onChange={(topic) => topic && set('topic', topic as Topic)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={m.titleField}
          {...text('title')}
          required
          withAsterisk
          maxLength={200}
          data-autofocus
        />
        <Textarea
          label={m.body}
          description={m.intro}
          {...text('body')}
          autosize
          minRows={6}
          maxLength={10_000}
          required
          withAsterisk
        />
        <Checkbox
          label={m.active}
          checked={v.active ?? true}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
