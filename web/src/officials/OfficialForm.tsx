import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { FormError, useFormValues } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
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

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function OfficialForm(props: {
  official: Official | null;
  saving: boolean;
  error: unknown;
  onSave: (input: OfficialInput) => void;
  onCancel: () => void;
}) {
  const {
    values: v,
    set,
    setErrors,
    errorOf,
  } = useFormValues<OfficialValues>(() => initialValues(props.official), props.error);
  // The selects share one shape: a label, the options, and a value that is never empty.
  const select = <K extends 'category' | 'degree' | 'politicalTheory' | 'stateManagement'>(
    k: K,
    labels: Record<OfficialValues[K], string>,
  ) => (
    <Select
      label={m[k]}
      data={options(labels)}
      value={v[k]}
      onChange={(x) => x && set(k, x as OfficialValues[K])}
      allowDeselect={false}
      error={errorOf(k)}
    />
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readOfficialForm(v);
    setErrors(found);
    if (input) props.onSave(input);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={props.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.fullName}
            value={v.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            required
            withAsterisk
            maxLength={200}
            error={errorOf('fullName')}
            data-autofocus
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={m.birthYear}
              inputMode="numeric"
              maxLength={4}
              value={v.birthYear}
              onChange={(e) => set('birthYear', e.currentTarget.value)}
              error={errorOf('birthYear')}
            />
            <Select
              label={m.gender}
              data={[{ value: '', label: m.noGender }, ...options(genderLabels)]}
              value={v.gender}
              onChange={(x) => set('gender', (x ?? '') as OfficialValues['gender'])}
              allowDeselect={false}
            />
          </SimpleGrid>
          {select('category', categoryLabels)}
          <TextInput
            label={m.position}
            value={v.position}
            onChange={(e) => set('position', e.currentTarget.value)}
            required
            withAsterisk
            maxLength={200}
            error={errorOf('position')}
          />
        </SimpleGrid>
        <Textarea
          label={m.duties}
          value={v.duties}
          onChange={(e) => set('duties', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={errorOf('duties')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {select('degree', degreeLabels)}
          <TextInput
            label={m.major}
            value={v.major}
            onChange={(e) => set('major', e.currentTarget.value)}
            maxLength={200}
            error={errorOf('major')}
          />
          {select('politicalTheory', theoryLabels)}
          {select('stateManagement', managementLabels)}
          <DateField
            label={m.joinedOn}
            value={v.joinedOn}
            onChange={(t) => set('joinedOn', t)}
            error={errorOf('joinedOn')}
          />
          <DateField
            label={m.leftOn}
            description={m.leftHint}
            value={v.leftOn}
            onChange={(t) => set('leftOn', t)}
            error={errorOf('leftOn')}
          />
        </SimpleGrid>
        <FormButtons cancel={m.cancel} submit={m.save} pending={props.saving} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
