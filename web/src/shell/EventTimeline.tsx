import { Stack, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime } from '../lib/format.ts';

export interface TimelineEvent {
  id: number | string;
  kind: string;
  at: string;
  actor: string | null;
  note: string | null;
}

/** "Quá trình giải quyết": each recorded step of a dossier or petition, who and when. */
export function EventTimeline(props: {
  events: readonly TimelineEvent[];
  labelOf: (kind: string) => string;
  title: string;
  empty: string;
  /** Shown when no person did the step (an import, the system). */
  system: string;
}) {
  const { events } = props;
  return (
    <Stack gap="sm" component="section" aria-labelledby="qua-trinh">
      <Title order={2} size="h4" id="qua-trinh">
        {props.title}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed" size="sm">
          {props.empty}
        </Text>
      ) : (
        <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
          {events.map((e) => (
            <Timeline.Item key={e.id} title={props.labelOf(e.kind)}>
              <Text size="sm" c="dimmed">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actor ?? props.system}
              </Text>
              {e.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
