import { Badge } from '@mantine/core';
import { statusColors } from './messages.ts';
import type { ConsultationStatus } from './types.ts';

export function DraftStatusBadge(props: { status: ConsultationStatus; label: string }) {
  return (
    // Dark text on the tinted background keeps the 4.5:1 contrast.
    <Badge color={statusColors[props.status]} variant="light" c="dark.8" style={{ whiteSpace: 'normal' }}>
      {props.label}
    </Badge>
  );
}
