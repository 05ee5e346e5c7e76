import { Badge, Group } from '@mantine/core';
import { list, statusColors, statusLabels } from './messages.ts';
import type { Petition, PetitionStatus } from './types.ts';

export function StatusBadge({ status }: { status: PetitionStatus }) {
  // Dark text on the tinted background keeps 4.5:1 contrast.
  return (
    // Long statuses ("Đã thụ lý, đang giải quyết") wrap inside the badge instead of ending in "…".
    <Badge
      color={statusColors[status]}
      variant="light"
      c="dark.8"
      tt="none"
      h="auto"
      py={2}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {statusLabels[status]}
    </Badge>
  );
}

/** Overdue, repeated and over-level marks, where they apply. */
export function Marks({ p }: { p: Pick<Petition, 'overdue' | 'repeatedOf' | 'overLevel'> }) {
  if (!p.overdue && !p.repeatedOf && !p.overLevel) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {p.overdue && (
        <Badge color="red.9" variant="filled" size="sm">
          {list.overdueBadge}
        </Badge>
      )}
      {p.repeatedOf && (
        <Badge color="orange.9" variant="filled" size="sm">
          {list.repeatedBadge}
        </Badge>
      )}
      {p.overLevel && (
        <Badge color="grape.9" variant="filled" size="sm">
          {list.overLevelBadge}
        </Badge>
      )}
    </Group>
  );
}
