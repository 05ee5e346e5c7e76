import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { ratingLabels, scoreLabels } from '../onestop/messages.ts';
import { useRateDossier } from '../onestop/queries.ts';
import { portalOnestop as m } from './messages.ts';

type Criterion = 'attitude' | 'timeliness' | 'clarity' | 'facilities';
const criteria: Criterion[] = ['attitude', 'timeliness', 'clarity', 'facilities'];
const scores = ['5', '4', '3', '2', '1'];

/**
 * The citizen's rating after the result (SIPAS criteria): the overall score is required, the four
 * criteria are optional; the key printed on the receipt proves the citizen holds it.
 */
export function RatingForm(props: { communeCode: string; code: string }) {
  const mutation = useRateDossier(props.communeCode, props.code);
  const [key, setKey] = useState('');
  const [overall, setOverall] = useState('');
  const [parts, setParts] = useState<Partial<Record<Criterion, string>>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ key?: string; overall?: string }>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      key: key.trim() ? undefined : m.lookupKeyRequired,
      overall: overall ? undefined : m.overallRequired,
    };
    setErrors(found);
    if (found.key || found.overall) return;
    const score = (v: string | undefined) => (v ? Number(v) : null);
    mutation.mutate({
      lookupKey: key.trim().toUpperCase(),
      overall: Number(overall),
      attitude: score(parts.attitude),
      timeliness: score(parts.timeliness),
      clarity: score(parts.clarity),
      facilities: score(parts.facilities),
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
          {mutation.error && (
            <Alert color="red" variant="light" role="alert">
              {mutation.error.message}
            </Alert>
          )}
          <TextInput
            label={m.lookupKey}
            description={m.lookupKeyHint}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={16}
            required
            withAsterisk
            error={errors.key ?? server.lookupKey}
          />
          <Radio.Group
            label={ratingLabels.overall}
            value={overall}
            onChange={setOverall}
            required
            withAsterisk
            error={errors.overall}
          >
            <Stack gap={8} mt={6}>
              {scores.map((s) => (
                <Radio key={s} value={s} label={`${s} – ${scoreLabels[Number(s)]}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {m.criteriaHint}
          </Text>
          {criteria.map((c) => (
            <Radio.Group
              key={c}
              label={ratingLabels[c]}
              value={parts[c] ?? ''}
              onChange={(v) => setParts((p) => ({ ...p, [c]: v }))}
            >
              <Group gap="md" mt={6}>
                {[...scores].reverse().map((s) => (
                  <Radio key={s} value={s} label={s} aria-label={`${s} – ${scoreLabels[Number(s)]}`} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Textarea
            label={ratingLabels.comment}
            placeholder={m.commentPlaceholder}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
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
