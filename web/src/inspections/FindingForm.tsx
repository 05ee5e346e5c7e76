import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { formatDate, vnDate } from '../lib/format.ts';
import { FormError, useFormValues } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { type FindingValues, findingValues, readFindingForm } from './form.ts';
import { form as fm, detail as m } from './messages.ts';
import { useSaveFinding } from './queries.ts';
import type { Finding } from './types.ts';

/**
 * Adds a finding (`finding` null) or edits one; `fixing` opens it to record the fix, with today's
 * date filled in.
 */
export function FindingForm(props: {
  communeId: string;
  inspectionId: string;
  finding: Finding | null;
  fixing?: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const save = useSaveFinding(props.communeId, props.inspectionId, props.finding?.id ?? null);
  const {
    values: v,
    set,
    setErrors,
    errorOf,
  } = useFormValues<FindingValues>(() => {
    const start = findingValues(props.finding);
    return props.fixing && !start.fixedOn ? { ...start, fixedOn: formatDate(vnDate()) } : start;
  }, save.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readFindingForm(v);
    setErrors(found);
    if (input) save.mutate(input, { onSuccess: props.onSaved });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <Textarea
          label={m.description}
          value={v.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={2}
          required
          withAsterisk
          maxLength={2000}
          error={errorOf('description')}
          data-autofocus={!props.fixing || undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.responsible}
            value={v.responsible}
            onChange={(e) => set('responsible', e.currentTarget.value)}
            required
            withAsterisk
            maxLength={300}
            error={errorOf('responsible')}
          />
          <DateField
            label={m.dueOn}
            value={v.dueOn}
            onChange={(t) => set('dueOn', t)}
            error={errorOf('dueOn')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={m.fixedOn}
            description={m.fixedHint}
            value={v.fixedOn}
            onChange={(t) => set('fixedOn', t)}
            error={errorOf('fixedOn')}
          />
          <TextInput
            label={m.fixNote}
            value={v.fixNote}
            onChange={(e) => set('fixNote', e.currentTarget.value)}
            maxLength={2000}
            error={errorOf('fixNote')}
            data-autofocus={props.fixing || undefined}
          />
        </SimpleGrid>
        <FormButtons cancel={fm.cancel} submit={fm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
