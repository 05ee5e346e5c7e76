import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { FormError } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { type SaveFormProps, useFormValues } from '../shell/form-values.ts';
import { labelOptions } from '../shell/select-options.ts';
import { type InspectionValues, inspectionValues, readInspectionForm } from './form.ts';
import { kindLabels, form as m } from './messages.ts';
import type { Inspection, InspectionInput, InspectionKind } from './types.ts';

export function InspectionForm(props: SaveFormProps<InspectionInput> & { inspection: Inspection | null }) {
  const form = useFormValues<InspectionValues>(() => inspectionValues(props.inspection), props.error);
  const onSubmit = form.submit(readInspectionForm, props.onSave);
  const required = (k: 'title' | 'subject' | 'conductedBy', max: number) => (
    <TextInput label={m[k]} {...form.text(k)} required withAsterisk maxLength={max} />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={props.error} />
        <Select
          label={m.kind}
          data={labelOptions(kindLabels)}
          value={form.values.kind}
          onChange={(x) => x && form.set('kind', x as InspectionKind)}
          allowDeselect={false}
          error={form.errorOf('kind')}
          data-autofocus
        />
        {required('title', 500)}
        {required('subject', 500)}
        {required('conductedBy', 300)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.startsOn} {...form.date('startsOn')} />
          <DateField label={m.endsOn} {...form.date('endsOn')} />
        </SimpleGrid>
        <Textarea label={m.conclusion} {...form.text('conclusion')} autosize minRows={3} maxLength={10_000} />
        <FormButtons cancel={m.cancel} submit={m.save} pending={props.saving} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
