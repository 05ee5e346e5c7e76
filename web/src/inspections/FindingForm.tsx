import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { formatDate, vnDate } from '../lib/format.ts';
import { FormError } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { useFormValues } from '../shell/form-values.ts';
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
  const { text, date, submit } = useFormValues<FindingValues>(() => {
    const start = findingValues(props.finding);
    return props.fixing && !start.fixedOn ? { ...start, fixedOn: formatDate(vnDate()) } : start;
  }, save.error);
  const onSubmit = submit(readFindingForm, (input) => save.mutate(input, { onSuccess: props.onSaved }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <Textarea
          label={m.description}
          {...text('description')}
          autosize
          minRows={2}
          required
          withAsterisk
          maxLength={2000}
          data-autofocus={!props.fixing || undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={m.responsible} {...text('responsible')} required withAsterisk maxLength={300} />
          <DateField label={m.dueOn} {...date('dueOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.fixedOn} description={m.fixedHint} {...date('fixedOn')} />
          <TextInput
            label={m.fixNote}
            {...text('fixNote')}
            maxLength={2000}
            data-autofocus={props.fixing || undefined}
          />
        </SimpleGrid>
        <FormButtons cancel={fm.cancel} submit={fm.save} pending={save.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
