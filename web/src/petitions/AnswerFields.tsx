import { Checkbox, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { dialog as m, topicLabels } from './messages.ts';
import { useTemplates } from './queries.ts';
import type { PetitionKind, Template, Topic } from './types.ts';

export interface AnswerValue {
  templateId?: string;
  text?: string;
  publish: boolean;
}

/**
 * An answer from a template or written by hand. Choosing a template copies its text in; sent
 * unchanged, the server fills the placeholders for each petition (templateId), edited it is sent
 * as written.
 */
export function useAnswerFields(
  communeId: string | undefined,
  kind: PetitionKind,
  opts: { enabled?: boolean; topic?: Topic } = {},
) {
  const templates = useTemplates(communeId, { kind }, opts.enabled ?? true);
  // Templates of the petition's own topic come first.
  const items = [...(templates.data?.items ?? [])].sort(
    (a, b) => Number(b.topic === opts.topic) - Number(a.topic === opts.topic),
  );
  const [template, setTemplate] = useState<Template | null>(null);
  const [text, setText] = useState('');
  const [publish, setPublish] = useState(true);

  const value = (): AnswerValue =>
    template && text === template.body
      ? { templateId: template.id, publish }
      : { text: text.trim(), publish };
  const problem = (): string | undefined => {
    if (!text.trim()) return m.required;
    if (!(template && text === template.body) && /\{[a-z_]+\}/.test(text)) return m.placeholdersLeft;
    return undefined;
  };

  const fields = (error?: string) => (
    <Stack gap="sm">
      <Select
        label={m.template}
        placeholder={m.templateNone}
        data={items.map((t) => ({
          value: t.id,
          label: `${t.title} (${topicLabels[t.topic]})`,
        }))}
        value={template?.id ?? null}
        onChange={(id) => {
          const t = items.find((x) => x.id === id) ?? null;
          setTemplate(t);
          if (t) setText(t.body);
        }}
        clearable
        searchable
        nothingFoundMessage={m.noTemplates}
      />
      {templates.data?.items.length === 0 && (
        <Text size="xs" c="dimmed">
          {m.noTemplates}
        </Text>
      )}
      <Textarea
        label={m.answerText}
        description={m.answerHint}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={5}
        maxLength={10_000}
        required
        withAsterisk
        error={error}
      />
      <Checkbox
        label={m.publish}
        description={m.publishConfirm}
        checked={publish}
        onChange={(e) => setPublish(e.currentTarget.checked)}
      />
    </Stack>
  );
  return { fields, value, problem };
}
