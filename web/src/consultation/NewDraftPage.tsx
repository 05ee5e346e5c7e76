import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { fieldError, onSomeField } from '../democracy/errors.ts';
import { periodDays } from '../democracy/period.ts';
import { ApiError } from '../lib/api.ts';
import { formatDate, formatNumber, parseDate, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { ButtonLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { DraftTextFields, questionList } from './DraftTextFields.tsx';
import { form as m } from './messages.ts';
import { splitPassages } from './passages.ts';
import { useConsultationRules, useCreateDraft } from './queries.ts';
import type { DraftInput } from './types.ts';

interface Values {
  draftType: string | null;
  title: string;
  documentId: string | null;
  summary: string;
  questions: string;
  content: string;
  opensOn: string;
  closesOn: string;
}
type Errors = Partial<Record<keyof Values, string>>;

/** An official puts a draft to the people; the API checks the legal minimum period. */
export function NewDraftPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const rules = useConsultationRules(communeId);
  const mutation = useCreateDraft(communeId);
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>({
    draftType: null,
    title: '',
    documentId: null,
    summary: '',
    questions: '',
    content: '',
    opensOn: formatDate(vnDate()),
    closesOn: '',
  });
  const [errors, setErrors] = useState<Errors>({});

  if (role && !canWriteOnestop(role)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.forbidden}</Text>
      </Stack>
    );
  }
  if (commune.isLoading || rules.isPending) return <Loading />;
  if (rules.isError) return <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />;

  const rule = rules.data.items.find((r) => r.draftType === values.draftType);
  const passages = splitPassages(values.content);
  const days = periodDays(values.opensOn, values.closesOn);
  const errorOf = (k: keyof Values) => errors[k] ?? fieldError(mutation.error, k, 'closesOn');
  const serverFields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const shownOnField = onSomeField(mutation.error, Object.keys(values));
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((prev) => ({ ...prev, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!values.draftType) found.draftType = m.required;
    if (!values.title.trim()) found.title = m.required;
    if (!values.summary.trim()) found.summary = m.required;
    const opensOn = parseDate(values.opensOn);
    const closesOn = parseDate(values.closesOn);
    if (!opensOn) found.opensOn = m.dateInvalid;
    if (!closesOn) found.closesOn = m.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || !opensOn || !closesOn) {
      const form = e.currentTarget as HTMLFormElement;
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const body: DraftInput = {
      draftType: values.draftType as DraftInput['draftType'],
      title: values.title.trim(),
      documentId: values.documentId,
      summary: values.summary.trim(),
      questions: questionList(values.questions),
      passages,
      opensOn,
      closesOn,
    };
    mutation.mutate(body, {
      onSuccess: (d) => void navigate({ to: '/dan-chu/lay-y-kien/$id', params: { id: d.id } }),
    });
  };

  return (
    <Stack gap="md" maw={860}>
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label={m.title}>
          <Stack>
            {mutation.error && !shownOnField && <ErrorAlert error={mutation.error} />}
            <Select
              label={m.draftType}
              data={rules.data.items.map((r) => ({ value: r.draftType, label: r.label }))}
              value={values.draftType}
              onChange={(v) => set('draftType', v)}
              required
              withAsterisk
              error={errorOf('draftType')}
              description={rule ? m.minDays(formatNumber(rule.minDays)) : undefined}
            />
            <DraftTextFields
              communeId={communeId}
              value={values}
              onChange={(patch) => setValues((prev) => ({ ...prev, ...patch }))}
              errorOf={errorOf}
            />
            <Textarea
              label={m.content}
              description={m.contentHint}
              value={values.content}
              onChange={(e) => set('content', e.currentTarget.value)}
              autosize
              minRows={6}
              maxRows={24}
              error={Object.entries(serverFields).find(([k]) => k.startsWith('passages'))?.[1]}
            />
            {passages.length > 0 && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {m.passages(formatNumber(passages.length))}: {passages.map((p) => p.label).join(', ')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label={m.opensOn}
                value={values.opensOn}
                onChange={(v) => set('opensOn', v)}
                error={errorOf('opensOn')}
              />
              <DateField
                label={m.closesOn}
                value={values.closesOn}
                onChange={(v) => set('closesOn', v)}
                error={errorOf('closesOn')}
                description={days ? m.span(formatNumber(days)) : undefined}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {m.submit}
              </Button>
              <ButtonLink to="/dan-chu/lay-y-kien" variant="default">
                {m.cancel}
              </ButtonLink>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
