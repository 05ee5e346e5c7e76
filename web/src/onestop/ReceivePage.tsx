import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { dossierNames, namesOfEvent } from '../letters/messages.ts';
import { namesToSend, SubjectNameInputs } from '../letters/SubjectNameInputs.tsx';
import type { SubjectNames } from '../letters/types.ts';
import { ApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { channelLabels, receive as m, nav } from './messages.ts';
import { procedureOptions } from './procedure-options.ts';
import { useProcedures, useReceiveDossier } from './queries.ts';
import type { Channel } from './types.ts';

interface Values {
  procedureId: string | null;
  channel: Channel;
  applicantName: string;
  applicantPhone: string;
  applicantAddress: string;
  digitized: boolean;
  paidOnline: boolean;
  note: string;
  subjectNames: SubjectNames;
}

const empty: Values = {
  procedureId: null,
  channel: 'direct',
  applicantName: '',
  applicantPhone: '',
  applicantAddress: '',
  digitized: false,
  paidOnline: false,
  note: '',
  subjectNames: {},
};

const PHONE = /^[0-9 +().-]{6,20}$/;

function validate(v: Values): Partial<Record<keyof Values, string>> {
  const e: Partial<Record<keyof Values, string>> = {};
  if (!v.procedureId) e.procedureId = m.procedureRequired;
  if (!v.applicantName.trim()) e.applicantName = m.applicantNameRequired;
  if (v.applicantPhone.trim() && !PHONE.test(v.applicantPhone.trim()))
    e.applicantPhone = m.applicantPhoneInvalid;
  return e;
}

/** The desk receives a dossier; on success the dossier opens with its receipt ready to print. */
export function ReceivePage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const procedures = useProcedures(commune.current?.id);
  const mutation = useReceiveDossier(commune.current?.id);
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});

  if (role && !canWriteOnestop(role)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.forbidden}</Text>
      </Stack>
    );
  }
  if (commune.isLoading || procedures.isPending) return <Loading />;
  if (procedures.isError)
    return <ErrorAlert error={procedures.error} onRetry={() => void procedures.refetch()} />;

  const items = procedures.data.items;
  const chosen = items.find((p) => p.id === values.procedureId);
  const serverFields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const errorOf = (k: keyof Values) => errors[k] ?? serverFields[k];
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((prev) => ({ ...prev, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.procedureId) {
      // Focus the first field in error, so keyboard and screen-reader users land on it.
      const first = (e.currentTarget as HTMLFormElement).querySelector<HTMLElement>('[aria-invalid="true"]');
      setTimeout(() => (first ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus(), 0);
      return;
    }
    mutation.mutate(
      {
        procedureId: values.procedureId,
        channel: values.channel,
        applicantName: values.applicantName.trim(),
        applicantPhone: values.applicantPhone.trim() || null,
        applicantAddress: values.applicantAddress.trim() || null,
        digitized: values.digitized,
        paidOnline: values.paidOnline,
        note: values.note.trim() || null,
        ...(chosen?.civilStatusEvent && {
          subjectNames: namesToSend(namesOfEvent[chosen.civilStatusEvent], values.subjectNames),
        }),
      },
      {
        onSuccess: (d) =>
          void navigate({
            to: '/mot-cua/ho-so/$id',
            params: { id: d.id },
            search: (prev: { xa?: string }) => ({ xa: prev.xa, moi: true }),
          }),
      },
    );
  };

  return (
    <Stack gap="md" maw={760}>
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed" size="sm">
          {m.intro}
        </Text>
      </div>
      {items.length === 0 ? (
        <Alert color="yellow" variant="light">
          {m.noCatalogue} <Link to="/mot-cua/thu-tuc">{nav.procedures}</Link>
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <form onSubmit={onSubmit} noValidate aria-label={m.title}>
            <Stack>
              {mutation.error && (
                <Alert color="red" variant="light" role="alert">
                  {mutation.error.message}
                </Alert>
              )}
              <Select
                label={m.procedure}
                placeholder={m.procedurePlaceholder}
                data={procedureOptions(items)}
                filter={wordFilter}
                value={values.procedureId}
                onChange={(v) => set('procedureId', v)}
                searchable
                nothingFoundMessage={m.noProcedure}
                maxDropdownHeight={320}
                required
                withAsterisk
                error={errorOf('procedureId')}
                description={
                  chosen
                    ? chosen.processingDays === 0
                      ? m.sameDay
                      : m.processing(formatNumber(chosen.processingDays))
                    : undefined
                }
              />
              <Radio.Group
                label={m.channel}
                value={values.channel}
                onChange={(v) => set('channel', v as Channel)}
              >
                <Group mt={6} gap="lg">
                  {(Object.keys(channelLabels) as Channel[]).map((c) => (
                    <Radio key={c} value={c} label={channelLabels[c]} />
                  ))}
                </Group>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={m.applicantName}
                  value={values.applicantName}
                  onChange={(e) => set('applicantName', e.currentTarget.value)}
                  required
                  withAsterisk
                  autoComplete="off"
                  maxLength={200}
                  error={errorOf('applicantName')}
                />
                <TextInput
                  label={m.applicantPhone}
                  type="tel"
                  inputMode="tel"
                  value={values.applicantPhone}
                  onChange={(e) => set('applicantPhone', e.currentTarget.value)}
                  autoComplete="off"
                  maxLength={20}
                  error={errorOf('applicantPhone')}
                />
              </SimpleGrid>
              <TextInput
                label={m.applicantAddress}
                value={values.applicantAddress}
                onChange={(e) => set('applicantAddress', e.currentTarget.value)}
                autoComplete="off"
                maxLength={500}
                error={errorOf('applicantAddress')}
              />
              {chosen?.civilStatusEvent && (
                <Fieldset
                  legend={
                    <Text fw={600} size="sm">
                      {dossierNames.title}
                    </Text>
                  }
                  variant="unstyled"
                >
                  <Text size="sm" c="dimmed" mb="xs">
                    {dossierNames.intro}
                  </Text>
                  <SubjectNameInputs
                    keys={namesOfEvent[chosen.civilStatusEvent]}
                    names={values.subjectNames}
                    onChange={(k, v) => set('subjectNames', { ...values.subjectNames, [k]: v })}
                    errorOf={(k) => serverFields[`subjectNames.${k}`] ?? serverFields.subjectNames}
                  />
                </Fieldset>
              )}
              <Group gap="xl">
                <Checkbox
                  label={m.digitized}
                  checked={values.digitized}
                  onChange={(e) => set('digitized', e.currentTarget.checked)}
                />
                <Checkbox
                  label={m.paidOnline}
                  checked={values.paidOnline}
                  onChange={(e) => set('paidOnline', e.currentTarget.checked)}
                />
              </Group>
              <Textarea
                label={m.note}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {m.submit}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
