import { Badge, Group, Text } from '@mantine/core';
import { decisionColors } from './messages.ts';
import type { Decision } from './types.ts';

/** "2. Title" and the decision, as the staff workspace and the portal both show an answer. */
export function ResponseHeading(props: {
  position: number;
  title: string;
  decision: Decision;
  decisionLabel: string;
}) {
  return (
    <Group gap="xs">
      <Text fw={600}>
        {props.position}. {props.title}
      </Text>
      <Badge variant="light" c="dark.8" color={decisionColors[props.decision]}>
        {props.decisionLabel}
      </Badge>
    </Group>
  );
}
