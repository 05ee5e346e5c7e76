import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { list as listMessages, stats as m } from './messages.ts';
import type { Period, Preset } from './period.ts';

/** The statistics period: a half-year, a year, or any span of dates (kept in the page's URL). */
export function PeriodPicker(props: {
  preset: Preset;
  year: number;
  from: string;
  to: string;
  today: string;
  onApply: (s: { preset?: Preset; year?: number; from?: string; to?: string }) => void;
}) {
  const [preset, setPreset] = useState<Preset>(props.preset);
  const [year, setYear] = useState(String(props.year));
  const [dates, setDates] = useState({ from: formatDate(props.from), to: formatDate(props.to) });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const thisYear = Number(props.today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  const apply = (next: Preset, y: string) => {
    if (next === 'custom') return;
    props.onApply({ preset: next, year: Number(y) === thisYear ? undefined : Number(y) });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (preset !== 'custom') return apply(preset, year);
    const from = parseDate(dates.from);
    const to = parseDate(dates.to);
    const found = {
      from:
        from === null
          ? listMessages.invalidDate
          : from && to && from > to
            ? listMessages.dateOrder
            : undefined,
      to: to === null ? listMessages.invalidDate : undefined,
    };
    setErrors(found);
    if (found.from || found.to || !from || !to) return;
    props.onApply({ preset: 'custom', from, to });
  };

  return (
    <form onSubmit={onSubmit} aria-label={m.period}>
      <Stack gap="sm">
        <Group gap="md" align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4} id="ky-thong-ke">
              {m.period}
            </Text>
            <SegmentedControl
              aria-labelledby="ky-thong-ke"
              value={preset}
              onChange={(v) => {
                setPreset(v as Preset);
                apply(v as Preset, year);
              }}
              data={[
                { value: 'h1', label: m.presets.half },
                { value: 'h2', label: m.presets.secondHalf },
                { value: 'year', label: m.presets.year },
                { value: 'custom', label: m.presets.custom },
              ]}
            />
          </div>
          {preset !== 'custom' && (
            <Select
              label={m.year}
              data={years}
              value={year}
              onChange={(v) => {
                if (!v) return;
                setYear(v);
                apply(preset, v);
              }}
              allowDeselect={false}
              w={110}
            />
          )}
        </Group>
        {preset === 'custom' && (
          <Group gap="sm" align="flex-start">
            <DateField
              label={m.from}
              value={dates.from}
              onChange={(from) => setDates((d) => ({ ...d, from }))}
              error={errors.from}
            />
            <DateField
              label={m.to}
              value={dates.to}
              onChange={(to) => setDates((d) => ({ ...d, to }))}
              error={errors.to}
            />
            <Button type="submit" mt={25}>
              {m.apply}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The picker in its box, and the span the figures below cover (stopped at today for an open period). */
export function PeriodBar(props: {
  period: Period;
  today: string;
  onApply: (s: { preset?: Preset; year?: number; from?: string; to?: string }) => void;
}) {
  const { period } = props;
  return (
    <>
      <Paper withBorder p="md">
        <PeriodPicker
          key={`${period.preset}-${period.year}-${period.from}-${period.to}`}
          preset={period.preset}
          year={period.year}
          from={period.from}
          to={period.to}
          today={props.today}
          onApply={props.onApply}
        />
      </Paper>
      <Text size="sm" aria-live="polite">
        {m.asOf(formatDate(period.from), formatDate(period.to))}
        {period.capped && ` ${m.cappedToToday}`}
      </Text>
    </>
  );
}
