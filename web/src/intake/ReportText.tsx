import { Paper, ScrollArea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { m } from './messages.ts';
import { anchorDomId, type Marked, markKind, segmentText } from './segments.ts';

// Values yellow, cited documents blue, each stronger when chosen beside the text.
const background = {
  value: ['var(--mantine-color-yellow-1)', 'var(--mantine-color-yellow-4)'],
  document: ['var(--mantine-color-blue-0)', 'var(--mantine-color-blue-2)'],
} as const;

/**
 * The report as read, every extracted value's number and every cited document highlighted
 * (stronger when chosen in the lists beside it) and the text of each finding underlined.
 */
export function ReportText({
  text,
  marks,
  active,
}: {
  text: string;
  marks: Marked[];
  active: string | null;
}) {
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {m.text}
      </Title>
      <ScrollArea h="70vh" type="auto">
        <div style={{ whiteSpace: 'pre-wrap', fontSize: 14, lineHeight: 1.6 }} data-testid="intake-text">
          {segments.map((s) => {
            if (s.ids.length === 0) return <span key={s.start}>{s.text}</span>;
            const kinds = s.ids.map(markKind);
            const shade = kinds.includes('value') ? 'value' : kinds.includes('document') ? 'document' : null;
            const finding = kinds.includes('finding');
            const chosen = active !== null && s.ids.includes(active);
            return (
              <mark
                key={s.start}
                id={s.anchors[0] ? anchorDomId(s.anchors[0]) : undefined}
                data-ids={s.ids.join(' ')}
                style={{
                  background: shade
                    ? background[shade][chosen ? 1 : 0]
                    : chosen
                      ? 'var(--mantine-color-red-1)'
                      : 'transparent',
                  textDecoration: finding ? 'underline wavy var(--mantine-color-red-7)' : undefined,
                  color: 'inherit',
                  outline: chosen ? '2px solid var(--mantine-color-blue-6)' : undefined,
                }}
              >
                {/* A value and a finding may start at the same place: each gets its own anchor. */}
                {s.anchors.slice(1).map((a) => (
                  <span key={a} id={anchorDomId(a)} />
                ))}
                {s.text}
              </mark>
            );
          })}
        </div>
      </ScrollArea>
    </Paper>
  );
}
