import {
  ActionIcon,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { FormButtons } from '../democracy/FormButtons.tsx';
import type { Village } from '../lib/types.ts';
import { accentFilter } from '../mobilisation/combobox.ts';
import { FormError } from '../mobilisation/ui.tsx';
import { DateField } from '../shell/DateField.tsx';
import { type SaveFormProps, useFormValues } from '../shell/form-values.ts';
import { labelOptions } from '../shell/select-options.ts';
import { type InitiativeValues, initialValues, readInitiativeForm } from './form.ts';
import { fieldLabels, form as m, organisationLabels } from './messages.ts';
import type { Field, Initiative, InitiativeInput, Organisation } from './types.ts';

/** Create or edit an initiative; `replicating` starts a copy of another one for a new village. */
export function InitiativeForm(
  props: SaveFormProps<InitiativeInput> & {
    initiative: Initiative | null;
    replicating?: Initiative;
    villages: Village[];
    /** The commune's other initiatives, to name the one this replicates. */
    others: Initiative[];
  },
) {
  const form = useFormValues<InitiativeValues>(
    () => initialValues(props.initiative, props.replicating),
    props.error,
  );
  const { values: v, set, errorOf, text, date } = form;
  const onSubmit = form.submit(readInitiativeForm, props.onSave);
  const setFigure = (n: number, k: 'label' | 'value' | 'unit', value: string) =>
    set(
      'figures',
      v.figures.map((f, i) => (i === n ? { ...f, [k]: value } : f)),
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={props.error} />
        <TextInput label={m.name} {...text('name')} required withAsterisk maxLength={300} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.field}
            data={labelOptions(fieldLabels)}
            value={v.field}
            onChange={(x) => x && set('field', x as Field)}
            allowDeselect={false}
            error={errorOf('field')}
          />
          <Select
            label={m.village}
            data={[
              { value: '', label: m.wholeCommune },
              ...props.villages.map((x) => ({ value: x.id, label: x.name })),
            ]}
            value={v.villageId}
            onChange={(x) => set('villageId', x ?? '')}
            allowDeselect={false}
            searchable
            filter={accentFilter}
            error={errorOf('villageId')}
          />
          <Select
            label={m.organisation}
            data={labelOptions(organisationLabels)}
            value={v.organisation}
            onChange={(x) => x && set('organisation', x as Organisation)}
            allowDeselect={false}
            error={errorOf('organisation')}
          />
          {v.organisation === 'other' && (
            <TextInput
              label={m.organisationName}
              {...text('organisationName')}
              required
              withAsterisk
              maxLength={200}
            />
          )}
          <DateField label={m.startedOn} {...date('startedOn')} />
          <DateField label={m.endedOn} description={m.endedHint} {...date('endedOn')} />
        </SimpleGrid>
        <Textarea label={m.description} {...text('description')} autosize minRows={3} maxLength={10_000} />
        <Textarea label={m.results} {...text('results')} autosize minRows={3} maxLength={10_000} />
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={500}>
            {m.figures}
          </Text>
          {v.figures.map((f, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <Group key={n} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={m.figureLabel}
                value={f.label}
                onChange={(e) => setFigure(n, 'label', e.currentTarget.value)}
                maxLength={200}
                error={errorOf(`figures.${n}`)}
                style={{ flex: 3 }}
              />
              <TextInput
                label={m.figureValue}
                inputMode="decimal"
                value={f.value}
                onChange={(e) => setFigure(n, 'value', e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <TextInput
                label={m.figureUnit}
                value={f.unit}
                onChange={(e) => setFigure(n, 'unit', e.currentTarget.value)}
                maxLength={50}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                mt={26}
                aria-label={m.removeFigure(n + 1)}
                onClick={() =>
                  set(
                    'figures',
                    v.figures.filter((_, i) => i !== n),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => set('figures', [...v.figures, { label: '', value: '', unit: '' }])}
            >
              {m.addFigure}
            </Button>
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.replicatedFrom}
            data={[
              { value: '', label: m.notReplicated },
              ...props.others
                .filter((o) => o.id !== props.initiative?.id)
                .map((o) => ({
                  value: o.id,
                  label: o.villageName ? `${o.name} (${o.villageName})` : o.name,
                })),
            ]}
            value={v.replicatedFromId}
            onChange={(x) => set('replicatedFromId', x ?? '')}
            allowDeselect={false}
            searchable
            filter={accentFilter}
            error={errorOf('replicatedFromId')}
          />
          {!v.replicatedFromId && (
            <TextInput
              label={m.replicatedFromText}
              description={m.replicatedFromTextHint}
              {...text('replicatedFromText')}
              maxLength={300}
            />
          )}
        </SimpleGrid>
        <FormButtons cancel={m.cancel} submit={m.save} pending={props.saving} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
