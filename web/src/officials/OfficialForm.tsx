import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { FormError } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { type SaveFormProps, useFormValues } from '../shell/form-values.ts';
import { labelOptions } from '../shell/select-options.ts';
import { initialValues, type OfficialValues, readOfficialForm } from './form.ts';
import {
  categoryLabels,
  degreeLabels,
  genderLabels,
  form as m,
  managementLabels,
  theoryLabels,
} from './messages.ts';
import type { Official, OfficialInput } from './types.ts';

export function OfficialForm(props: SaveFormProps<OfficialInput> & { official: Official | null }) {
  const form = useFormValues<OfficialValues>(() => initialValues(props.official), props.error);
  const { values: v, set, errorOf, text, date } = form;
  // The selects share one shape: a label, the options, and a value that is never empty.
  const select = <K extends 'category' | 'degree' | 'politicalTheory' | 'stateManagement'>(
    k: K,
    labels: Record<OfficialValues[K], string>,
  ) => (
    <Select
      label={m[k]}
      data={labelOptions(labels)}
      value={v[k]}
      onChange={(x) => x && set(k, x as OfficialValues[K])}
      allowDeselect={false}
      error={errorOf(k)}
    />
  );

  const onSubmit = form.submit(readOfficialForm, props.onSave);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={props.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.fullName}
            {...text('fullName')}
            required
            withAsterisk
            maxLength={200}
            data-autofocus
          />
          <SimpleGrid cols={2}>
            <TextInput label={m.birthYear} inputMode="numeric" maxLength={4} {...text('birthYear')} />
            <Select
              label={m.gender}
              data={[{ value: '', label: m.noGender }, ...labelOptions(genderLabels)]}
              value={v.gender}
              onChange={(x) => set('gender', (x ?? '') as OfficialValues['gender'])}
              allowDeselect={false}
            />
          </SimpleGrid>
          {select('category', categoryLabels)}
          <TextInput label={m.position} {...text('position')} required withAsterisk maxLength={200} />
        </SimpleGrid>
        <Textarea label={m.duties} {...text('duties')} autosize minRows={2} maxLength={2000} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {select('degree', degreeLabels)}
          <TextInput label={m.major} {...text('major')} maxLength={200} />
          {select('politicalTheory', theoryLabels)}
          {select('stateManagement', managementLabels)}
          <DateField label={m.joinedOn} {...date('joinedOn')} />
          <DateField label={m.leftOn} description={m.leftHint} {...date('leftOn')} />
        </SimpleGrid>
        <FormButtons cancel={m.cancel} submit={m.save} pending={props.saving} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
