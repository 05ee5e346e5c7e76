import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { FormError, useFormValues } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { type InspectionValues, inspectionValues, readInspectionForm } from './form.ts';
import { kindLabels, form as m } from './messages.ts';
import type { Inspection, InspectionInput, InspectionKind } from './types.ts';

export function InspectionForm(props: {
  inspection: Inspection | null;
  saving: boolean;
  error: unknown;
  onSave: (input: InspectionInput) => void;
  onCancel: () => void;
}) {
  const {
    values: v,
    set,
    setErrors,
    errorOf,
  } = useFormValues<InspectionValues>(() => inspectionValues(props.inspection), props.error);
  const text = (k: 'title' | 'subject' | 'conductedBy', max: number) => (
    <TextInput
      label={m[k]}
      value={v[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
      required
      withAsterisk
      maxLength={max}
      error={errorOf(k)}
    />
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readInspectionForm(v);
    setErrors(found);
    if (input) props.onSave(input);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={props.error} />
        <Select
          label={m.kind}
          data={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
          value={v.kind}
          onChange={(x) => x && set('kind', x as InspectionKind)}
          allowDeselect={false}
          error={errorOf('kind')}
          data-autofocus
        />
        {text('title', 500)}
        {text('subject', 500)}
        {text('conductedBy', 300)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={m.startsOn}
            value={v.startsOn}
            onChange={(t) => set('startsOn', t)}
            error={errorOf('startsOn')}
          />
          <DateField
            label={m.endsOn}
            value={v.endsOn}
            onChange={(t) => set('endsOn', t)}
            error={errorOf('endsOn')}
          />
        </SimpleGrid>
        <Textarea
          label={m.conclusion}
          value={v.conclusion}
          onChange={(e) => set('conclusion', e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={10_000}
          error={errorOf('conclusion')}
        />
        <FormButtons cancel={m.cancel} submit={m.save} pending={props.saving} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
