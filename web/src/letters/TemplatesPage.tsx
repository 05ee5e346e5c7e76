import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { blankFields, LetterFields } from './LetterFields.tsx';
import { letter as lm, templates as m, nameLabels, paperLabels } from './messages.ts';
import { useLetterTemplates, useSaveTemplate } from './queries.ts';
import type { Paper as PaperSize, Template, TemplateInput } from './types.ts';

/** The commune's three letter templates, each edited in place. */
export function TemplatesPage() {
  const commune = useCurrentCommune();
  const canEdit = useCanEdit();
  const list = useLetterTemplates(commune.current?.id);

  return (
    <Stack gap="lg">
      <AnchorLink to="/dan-van/thu" size="sm">
        ← {m.back}
      </AnchorLink>
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed" size="sm" maw={720}>
          {m.intro}
        </Text>
      </div>
      {!canEdit && <Text size="sm">{m.readOnly}</Text>}
      {commune.isLoading || list.isPending ? (
        <Loading />
      ) : list.isError || !commune.current ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        list.data.items.map((t) => (
          <TemplateForm
            key={`${t.kind}-${t.isDefault}`}
            communeId={commune.current?.id}
            template={t}
            canEdit={canEdit}
          />
        ))
      )}
    </Stack>
  );
}

function TemplateForm(props: { communeId: string | undefined; template: Template; canEdit: boolean }) {
  const t = props.template;
  const [v, setV] = useState<TemplateInput>({
    title: t.title,
    recipient: t.recipient,
    body: t.body,
    paper: t.paper,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof TemplateInput, string>>>({});
  const save = useSaveTemplate(props.communeId, t.kind);
  const server = save.error instanceof ApiError ? save.error.fields : {};
  const errorOf = (k: keyof TemplateInput) => errors[k] ?? server[k];
  const set = <K extends keyof TemplateInput>(k: K, value: TemplateInput[K]) => {
    save.reset();
    setV((prev) => ({ ...prev, [k]: value }));
  };
  const id = `mau-${t.kind}`;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: typeof errors = blankFields(v, lm.required);
    setErrors(found);
    if (Object.keys(found).length === 0)
      save.mutate({
        title: v.title.trim(),
        recipient: v.recipient.trim(),
        body: v.body.trim(),
        paper: v.paper,
      });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2} size="h4" id={id}>
              {t.kindLabel}
            </Title>
            <Badge variant="light" color={t.isDefault ? 'gray' : 'indigo'} c="dark.8">
              {t.isDefault ? m.isDefault : m.own}
            </Badge>
          </Group>
          {save.isError && <ErrorAlert error={save.error} />}
          {save.isSuccess && (
            <Alert color="green" variant="light" role="status">
              {m.saved}
            </Alert>
          )}
          <LetterFields values={v} set={set} errorOf={errorOf} minRows={4} readOnly={!props.canEdit} />
          <Select
            label={lm.paper}
            value={v.paper}
            onChange={(p) => p && set('paper', p as PaperSize)}
            data={Object.entries(paperLabels).map(([value, label]) => ({ value, label }))}
            readOnly={!props.canEdit}
            allowDeselect={false}
            maw={200}
          />
          <Text size="sm" c="dimmed">
            {m.placeholders}:{' '}
            {t.placeholders
              .map(
                (p) => `{${p}} ${(nameLabels as Record<string, string>)[p]?.toLocaleLowerCase('vi') ?? ''}`,
              )
              .join(' · ')}
          </Text>
          {props.canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {m.save}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
