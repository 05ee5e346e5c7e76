import { Alert, Group, Radio, Text, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { ratingLabels, scoreLabels } from '../onestop/messages.ts';
import { useRateDossier } from '../onestop/queries.ts';
import { useFormValues } from '../shell/form-values.ts';
import { CodeInput } from './CodeInput.tsx';
import { FormPanel } from './FormPanel.tsx';
import { portalOnestop as m } from './messages.ts';
import { ScoreChoice } from './ScoreChoice.tsx';

type Criterion = 'attitude' | 'timeliness' | 'clarity' | 'facilities';
const criteria: Criterion[] = ['attitude', 'timeliness', 'clarity', 'facilities'];
const scores = ['1', '2', '3', '4', '5'];

/**
 * The citizen's rating after the result (SIPAS criteria): the overall score is required, the four
 * criteria are optional; the key printed on the receipt proves the citizen holds it.
 */
export function RatingForm(props: { communeCode: string; code: string }) {
  const mutation = useRateDossier(props.communeCode, props.code);
  const form = useFormValues(
    () => ({ lookupKey: '', overall: '', parts: {} as Partial<Record<Criterion, string>>, comment: '' }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text } = form;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      lookupKey: v.lookupKey.trim() ? undefined : m.lookupKeyRequired,
      overall: v.overall ? undefined : m.overallRequired,
    };
    setErrors(found);
    if (found.lookupKey || found.overall) return;
    const score = (s: string | undefined) => (s ? Number(s) : null);
    mutation.mutate({
      lookupKey: v.lookupKey.trim().toUpperCase(),
      overall: Number(v.overall),
      attitude: score(v.parts.attitude),
      timeliness: score(v.parts.timeliness),
      clarity: score(v.parts.clarity),
      facilities: score(v.parts.facilities),
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
      {mutation.error && (
        <Alert color="red" variant="light" role="alert">
          {mutation.error.message}
        </Alert>
      )}
      <CodeInput
        label={m.lookupKey}
        description={m.lookupKeyHint}
        {...text('lookupKey')}
        maxLength={16}
        required
        withAsterisk
      />
      <ScoreChoice
        label={ratingLabels.overall}
        value={v.overall}
        onChange={(s) => set('overall', s)}
        error={errorOf('overall')}
        meanings={scoreLabels}
      />
      <Text size="sm" c="dimmed">
        {m.criteriaHint}
      </Text>
      {criteria.map((c) => (
        <Radio.Group
          key={c}
          label={ratingLabels[c]}
          value={v.parts[c] ?? ''}
          onChange={(s) => set('parts', { ...v.parts, [c]: s })}
        >
          <Group gap="md" mt={6}>
            {scores.map((s) => (
              <Radio key={s} value={s} label={s} aria-label={`${s} – ${scoreLabels[Number(s)]}`} />
            ))}
          </Group>
        </Radio.Group>
      ))}
      <Textarea
        label={ratingLabels.comment}
        placeholder={m.commentPlaceholder}
        {...text('comment')}
        autosize
        minRows={2}
        maxLength={2000}
      />
    </FormPanel>
  );
}
