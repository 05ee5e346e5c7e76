import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { parseViNumber } from '../../../src/domain/vi/index.ts';
import { ApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { civilStatusLabels, procedures as m, onlineLevelLabels } from './messages.ts';
import type { CivilStatusEvent, OnlineLevel, Procedure, ProcedureInput } from './types.ts';

interface Values {
  code: string;
  name: string;
  sector: string;
  processingDays: string;
  onlineLevel: OnlineLevel;
  fee: string;
  civilStatusEvent: CivilStatusEvent | '';
  published: boolean;
}

type Errors = Partial<Record<keyof Values, string>>;

const CODE = /^[0-9A-Za-z.\-_]+$/;

/** Checks the form and turns it into the API's input; errors by field otherwise. */
export function readProcedureForm(v: Values): { input?: ProcedureInput; errors: Errors } {
  const errors: Errors = {};
  const code = v.code.trim();
  if (!code) errors.code = m.required;
  else if (!CODE.test(code) || code.length > 32) errors.code = m.codeInvalid;
  if (!v.name.trim()) errors.name = m.required;
  if (!v.sector.trim()) errors.sector = m.required;
  const days = /^\d{1,3}$/.test(v.processingDays.trim()) ? Number(v.processingDays.trim()) : Number.NaN;
  if (!(days >= 0 && days <= 365)) errors.processingDays = m.daysInvalid;
  let fee: number | null = null;
  if (v.fee.trim()) {
    const parsed = parseViNumber(v.fee.trim());
    if (parsed === undefined || !Number.isInteger(parsed) || parsed < 0) errors.fee = m.feeInvalid;
    else fee = parsed;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: {
      code,
      name: v.name.trim(),
      sector: v.sector.trim(),
      processingDays: days,
      onlineLevel: v.onlineLevel,
      feeVnd: fee,
      civilStatusEvent: v.civilStatusEvent || null,
      published: v.published,
    },
  };
}

function initial(p: Procedure | null): Values {
  return {
    code: p?.code ?? '',
    name: p?.name ?? '',
    sector: p?.sector ?? '',
    processingDays: p ? String(p.processingDays) : '',
    onlineLevel: p?.onlineLevel ?? 'none',
    fee: p?.feeVnd ? formatNumber(p.feeVnd, 0) : '',
    civilStatusEvent: p?.civilStatusEvent ?? '',
    published: p?.published ?? true,
  };
}

export function ProcedureForm(props: {
  procedure: Procedure | null;
  sectors: string[];
  saving: boolean;
  error: unknown;
  onSave: (input: ProcedureInput) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(() => initial(props.procedure));
  const [errors, setErrors] = useState<Errors>({});
  const server = props.error instanceof ApiError ? props.error.fields : {};
  const errorOf = (k: keyof Values) => errors[k] ?? server[k];
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((prev) => ({ ...prev, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const { input, errors: found } = readProcedureForm(values);
    setErrors(found);
    if (input) props.onSave(input);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {props.error instanceof Error && (
          <Alert color="red" variant="light" role="alert">
            {props.error.message}
          </Alert>
        )}
        <TextInput
          label={m.code}
          description={m.codeHint}
          value={values.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          readOnly={props.procedure !== null}
          required
          withAsterisk
          error={errorOf('code')}
          data-autofocus={props.procedure === null || undefined}
        />
        <TextInput
          label={m.name}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          required
          withAsterisk
          maxLength={500}
          error={errorOf('name')}
          data-autofocus={props.procedure !== null || undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={m.sector}
            data={props.sectors}
            value={values.sector}
            onChange={(v) => set('sector', v)}
            required
            withAsterisk
            maxLength={200}
            error={errorOf('sector')}
          />
          <TextInput
            label={m.processingDays}
            inputMode="numeric"
            value={values.processingDays}
            onChange={(e) => set('processingDays', e.currentTarget.value)}
            required
            withAsterisk
            error={errorOf('processingDays')}
          />
          <Select
            label={m.onlineLevel}
            data={Object.entries(onlineLevelLabels).map(([value, label]) => ({ value, label }))}
            value={values.onlineLevel}
            onChange={(v) => v && set('onlineLevel', v as OnlineLevel)}
            allowDeselect={false}
          />
          <TextInput
            label={m.fee}
            inputMode="numeric"
            value={values.fee}
            onChange={(e) => set('fee', e.currentTarget.value)}
            error={errorOf('fee') ?? server.feeVnd}
          />
          <Select
            label={m.civilStatus}
            data={[
              { value: '', label: m.noCivilStatus },
              ...Object.entries(civilStatusLabels).map(([value, label]) => ({ value, label })),
            ]}
            value={values.civilStatusEvent}
            onChange={(v) => set('civilStatusEvent', (v ?? '') as CivilStatusEvent | '')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox
          label={m.published}
          checked={values.published}
          onChange={(e) => set('published', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={props.onCancel}>
            {m.cancel}
          </Button>
          <Button type="submit" loading={props.saving}>
            {m.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
