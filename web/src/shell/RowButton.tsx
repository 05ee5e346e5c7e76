import { Button } from '@mantine/core';

/** A small action in a table row, named with its row for screen readers ("Sửa: Hũ gạo tình thương"). */
export function RowButton(props: { label: string; row: string; onClick: () => void }) {
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      onClick={props.onClick}
      aria-label={`${props.label}: ${props.row}`}
    >
      {props.label}
    </Button>
  );
}
