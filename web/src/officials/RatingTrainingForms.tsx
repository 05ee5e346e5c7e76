import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { form as m, ratingLabels } from './messages.ts';
import { useAddTraining, useRateOfficial } from './queries.ts';
import type { Official, Rating } from './types.ts';

/** The yearly rating of one official: set or corrected for any year. */
export function RatingForm(props: {
  communeId: string;
  official: Official;
  year: number;
  onDone: () => void;
}) {
  const o = props.official;
  const [year, setYear] = useState(String(props.year));
  const [rating, setRating] = useState<Rating | ''>(
    () => o.ratings.find((r) => r.year === props.year)?.rating ?? '',
  );
  const [errors, setErrors] = useState<{ year?: string; rating?: string }>({});
  const rate = useRateOfficial(props.communeId, o.id);
  const server = rate.error instanceof ApiError ? rate.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    const found = {
      year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? undefined : m.yearInvalid,
      rating: rating ? undefined : m.required,
    };
    setErrors(found);
    if (!found.year && rating) rate.mutate({ year: y, rating }, { onSuccess: props.onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {rate.isError && (
          <Alert color="red" variant="light" role="alert">
            {rate.error.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={m.ratingYear}
            inputMode="numeric"
            maxLength={4}
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            error={errors.year ?? server.year}
          />
          <Select
            label={m.rating}
            data={Object.entries(ratingLabels).map(([value, label]) => ({ value, label }))}
            value={rating || null}
            onChange={(x) => setRating((x ?? '') as Rating | '')}
            error={errors.rating ?? server.rating}
            style={{ gridColumn: 'span 2' }}
            data-autofocus
          />
        </SimpleGrid>
        {o.ratings.length > 0 && (
          <Text size="sm" c="dimmed">
            {m.pastRatings}: {o.ratings.map((r) => `${r.year}: ${r.label}`).join('; ')}
          </Text>
        )}
        <FormButtons cancel={m.cancel} submit={m.save} pending={rate.isPending} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}

/** The official's training courses, and a form to add one. */
export function TrainingForm(props: { communeId: string; official: Official }) {
  const o = props.official;
  const empty = { title: '', provider: '', startsOn: '', endsOn: '', certificate: '' };
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof typeof empty, string>>>({});
  const add = useAddTraining(props.communeId, o.id);
  const server = add.error instanceof ApiError ? add.error.fields : {};
  const set = (k: keyof typeof empty, value: string) => setV((prev) => ({ ...prev, [k]: value }));
  const field = (k: 'title' | 'provider' | 'certificate', label: string, max: number) => (
    <TextInput
      label={label}
      value={v[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
      required={k === 'title'}
      withAsterisk={k === 'title'}
      maxLength={max}
      error={errors[k] ?? server[k]}
    />
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const startsOn = parseDate(v.startsOn);
    const endsOn = v.endsOn.trim() ? parseDate(v.endsOn) : null;
    const found = {
      title: v.title.trim() ? undefined : m.required,
      startsOn: startsOn ? undefined : v.startsOn.trim() ? m.dateInvalid : m.required,
      endsOn: endsOn === null && v.endsOn.trim() ? m.dateInvalid : undefined,
    };
    setErrors(found);
    if (found.title || found.endsOn || !startsOn) return;
    add.mutate(
      {
        title: v.title.trim(),
        provider: v.provider.trim(),
        startsOn,
        endsOn,
        certificate: v.certificate.trim() || null,
      },
      { onSuccess: () => setV(empty) },
    );
  };

  return (
    <Stack>
      {o.trainings.length === 0 ? (
        <Text size="sm">{m.noTrainings}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.trainingTitle}</Table.Th>
              <Table.Th>{m.provider}</Table.Th>
              <Table.Th>{m.startsOn}</Table.Th>
              <Table.Th>{m.certificate}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.trainings.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.title}</Table.Td>
                <Table.Td>{t.provider}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(t.startsOn)}
                  {t.endsOn && ` – ${formatDate(t.endsOn)}`}
                </Table.Td>
                <Table.Td>{t.certificate}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={m.addTraining}>
        <Stack gap="sm">
          {add.isError && (
            <Alert color="red" variant="light" role="alert">
              {add.error.message}
            </Alert>
          )}
          {field('title', m.trainingTitle, 300)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('provider', m.provider, 200)}
            {field('certificate', m.certificate, 200)}
            <DateField
              label={m.startsOn}
              value={v.startsOn}
              onChange={(t) => set('startsOn', t)}
              error={errors.startsOn ?? server.startsOn}
            />
            <DateField
              label={m.endsOn}
              value={v.endsOn}
              onChange={(t) => set('endsOn', t)}
              error={errors.endsOn ?? server.endsOn}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {m.addTraining}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
