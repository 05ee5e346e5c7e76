import { Badge } from '@mantine/core';
import { statusColors, statusLabels } from './messages.ts';
import type { LetterStatus } from './types.ts';

export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  return (
    // Dark text on the tinted background keeps 4.5:1 contrast.
    <Badge color={statusColors[status]} variant="light" c="dark.8" style={{ whiteSpace: 'nowrap' }}>
      {statusLabels[status]}
    </Badge>
  );
}
