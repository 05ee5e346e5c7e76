import { Badge } from '@mantine/core';
import { list, statusColors, statusLabels } from './messages.ts';
import type { DossierStatus } from './types.ts';

export function StatusBadge({ status }: { status: DossierStatus }) {
  return (
    // Dark text on the tinted background: coloured text on a light badge falls below 4.5:1.
    <Badge color={statusColors[status]} variant="light" c="dark.8" style={{ whiteSpace: 'nowrap' }}>
      {statusLabels[status]}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge color="red.9" variant="filled" size="sm">
      {list.overdueBadge}
    </Badge>
  );
}
