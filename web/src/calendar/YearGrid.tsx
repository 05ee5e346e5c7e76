import { Box, Group, SimpleGrid, Text } from '@mantine/core';
import { formatDate } from '../lib/format.ts';
import { monthWeeks } from './grid.ts';
import { dayKindColors, dayKindLabels, calendar as m } from './messages.ts';
import type { CalendarDay, DayKind } from './types.ts';

/** Twelve month tables; each day coloured by kind, its name in the tooltip and the accessible label. */
export function YearGrid({ year, days }: { year: number; days: CalendarDay[] }) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="md">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <table key={month} className="cal-month">
          <caption>{m.monthCaption(month, year)}</caption>
          <thead>
            <tr>
              {m.weekdays.map((w, i) => (
                <th key={w} scope="col" abbr={m.weekdayNames[i]}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(year, month).map((week) => (
              <tr key={week.find(Boolean) ?? ''}>
                {week.map((date, i) => {
                  // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have no identity but their place
                  if (!date) return <td key={`pad-${i}`} />;
                  const day = byDate.get(date);
                  const kind: DayKind = day?.kind ?? 'working';
                  const label = `${formatDate(date)}: ${day?.name ?? dayKindLabels[kind]}`;
                  const c = dayKindColors[kind];
                  return (
                    <td
                      key={date}
                      title={label}
                      aria-label={label}
                      data-kind={kind}
                      style={{ background: c.bg, color: c.fg }}
                    >
                      {Number(date.slice(8))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </SimpleGrid>
  );
}

export function Legend() {
  return (
    <Group gap="md" aria-label={m.legend} role="list">
      {(Object.keys(dayKindLabels) as DayKind[]).map((k) => (
        <Group key={k} gap={6} wrap="nowrap" role="listitem">
          <Box
            w={16}
            h={16}
            style={{ background: dayKindColors[k].bg, border: '1px solid #adb5bd', borderRadius: 2 }}
          />
          <Text size="sm">{dayKindLabels[k]}</Text>
        </Group>
      ))}
    </Group>
  );
}
