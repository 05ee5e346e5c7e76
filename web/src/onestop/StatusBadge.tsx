import { Badge } from '@mantine/core';
import { list, statusColors, statusLabels } from './messages.ts';
import type { DossierStatus } from './types.ts';

export function StatusBadge({ status }: { status: DossierStatus }) {
  return (
    <Badge color={statusColors[status]} variant="light" style={{ whiteSpace: 'nowrap' }}>
      {statusLabels[status]}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge color="red" variant="filled" size="sm">
      {list.overdueBadge}
    </Badge>
  );
}
