import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { fromDraft, type OverrideDraft, rowKey, toDraft } from './grid.ts';
import { calendar as m, verificationLabels } from './messages.ts';
import { useDeleteYearOverride, useSaveYearOverride } from './queries.ts';
import type { CalendarYear, Verification } from './types.ts';

const tagOptions = (Object.keys(verificationLabels) as Verification[]).map((v) => ({
  value: v,
  label: verificationLabels[v],
}));

/** Strips the "body." the HTTP layer puts before a field path. */
function serverFields(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace(/^body\./, ''), v]));
}

/** The year's announced days off and make-up days, edited as rows and saved whole (PUT). */
export function OverrideEditor({ data }: { data: CalendarYear }) {
  const save = useSaveYearOverride(data.year);
  const remove = useDeleteYearOverride(data.year);
  const [draft, setDraft] = useState<OverrideDraft>(() => toDraft(data.override));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const server = serverFields(save.error);
  const err = (k: string) => errors[k] ?? server[k];

  const msgs = {
    required: m.required,
    invalidDate: m.invalidDate,
    outsideYear: m.outsideYear(data.year),
    dateOrder: m.dateOrder,
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { input, errors: found } = fromDraft(draft, data.year, msgs);
    setErrors(found);
    if (!input) return;
    save.mutate(input, {
      onSuccess: (next) => {
        setDraft(toDraft(next.override));
        setSaved(true);
      },
    });
  };

  const setOff = (i: number, patch: Partial<OverrideDraft['daysOff'][number]>) =>
    setDraft((d) => ({ ...d, daysOff: d.daysOff.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const setWork = (i: number, patch: Partial<OverrideDraft['workingDays'][number]>) =>
    setDraft((d) => ({ ...d, workingDays: d.workingDays.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lich-cong-bo">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="lich-cong-bo">
              {m.overrideTitle} {data.year}
            </Title>
            <Text size="sm" c="dimmed">
              {m.overrideIntro}
            </Text>
            <Text size="sm" mt={4}>
              {data.override
                ? data.updatedAt && m.updated(formatDateTime(data.updatedAt), data.updatedBy)
                : m.noOverride}
            </Text>
          </div>
          {saved && (
            <Alert color="green" variant="light" role="status">
              {m.saved}
            </Alert>
          )}
          {(save.error ?? remove.error) && (
            <Alert color="red" variant="light" role="alert">
              {(save.error ?? remove.error)?.message}
            </Alert>
          )}
          <Checkbox.Group
            label={m.replaces}
            value={draft.replaces}
            onChange={(replaces) => setDraft((d) => ({ ...d, replaces }))}
          >
            <Group mt={6} gap="md">
              {data.holidayRules.map((r) => (
                <Checkbox key={r.key} value={r.key} label={r.name} />
              ))}
            </Group>
          </Checkbox.Group>

          <Stack gap="xs">
            <Text fw={600}>{m.daysOff}</Text>
            {draft.daysOff.map((r, i) => (
              <Paper key={r.key} withBorder p="sm" bg="gray.0">
                <Group align="flex-start" gap="sm">
                  <DateField
                    label={m.from}
                    value={r.from}
                    onChange={(from) => setOff(i, { from })}
                    error={err(`daysOff.${i}.from`)}
                  />
                  <DateField
                    label={m.to}
                    value={r.to}
                    onChange={(to) => setOff(i, { to })}
                    error={err(`daysOff.${i}.to`)}
                  />
                  <TextInput
                    label={m.name}
                    value={r.name}
                    onChange={(e) => setOff(i, { name: e.currentTarget.value })}
                    error={err(`daysOff.${i}.name`)}
                    style={{ flex: 1, minWidth: 200 }}
                  />
                  <TextInput
                    label={m.source}
                    value={r.source}
                    onChange={(e) => setOff(i, { source: e.currentTarget.value })}
                    error={err(`daysOff.${i}.source`)}
                    style={{ flex: 1, minWidth: 200 }}
                  />
                  <Select
                    label={m.tag}
                    data={tagOptions}
                    value={r.tag}
                    onChange={(v) => v && setOff(i, { tag: v as Verification })}
                    allowDeselect={false}
                    w={170}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={`${m.remove} ${i + 1}`}
                    onClick={() => setDraft((d) => ({ ...d, daysOff: d.daysOff.filter((_, j) => j !== i) }))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    daysOff: [
                      ...d.daysOff,
                      { key: rowKey(), from: '', to: '', name: '', source: '', tag: 'V' },
                    ],
                  }))
                }
              >
                {m.addDaysOff}
              </Button>
            </Group>
          </Stack>

          <Stack gap="xs">
            <Text fw={600}>{m.workingDays}</Text>
            {draft.workingDays.map((r, i) => (
              <Paper key={r.key} withBorder p="sm" bg="gray.0">
                <Group align="flex-start" gap="sm">
                  <DateField
                    label={m.date}
                    value={r.date}
                    onChange={(date) => setWork(i, { date })}
                    error={err(`workingDays.${i}.date`)}
                  />
                  <TextInput
                    label={m.name}
                    value={r.name}
                    onChange={(e) => setWork(i, { name: e.currentTarget.value })}
                    error={err(`workingDays.${i}.name`)}
                    style={{ flex: 1, minWidth: 200 }}
                  />
                  <TextInput
                    label={m.source}
                    value={r.source}
                    onChange={(e) => setWork(i, { source: e.currentTarget.value })}
                    error={err(`workingDays.${i}.source`)}
                    style={{ flex: 1, minWidth: 200 }}
                  />
                  <Select
                    label={m.tag}
                    data={tagOptions}
                    value={r.tag}
                    onChange={(v) => v && setWork(i, { tag: v as Verification })}
                    allowDeselect={false}
                    w={170}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={`${m.remove} ${i + 1}`}
                    onClick={() =>
                      setDraft((d) => ({ ...d, workingDays: d.workingDays.filter((_, j) => j !== i) }))
                    }
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    workingDays: [
                      ...d.workingDays,
                      { key: rowKey(), date: '', name: '', source: '', tag: 'V' },
                    ],
                  }))
                }
              >
                {m.addWorkingDay}
              </Button>
            </Group>
          </Stack>

          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {m.save}
            </Button>
            <Button
              type="button"
              variant="default"
              onClick={() => {
                setDraft(toDraft(data.override));
                setErrors({});
                save.reset();
              }}
            >
              {m.reset}
            </Button>
            {data.override && (
              <Button
                type="button"
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  if (!window.confirm(m.confirmDelete)) return;
                  remove.mutate(undefined, { onSuccess: (next) => setDraft(toDraft(next.override)) });
                }}
              >
                {m.deleteOverride}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
