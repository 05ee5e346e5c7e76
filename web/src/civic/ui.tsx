import { Button, Group, Pagination } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { common } from './messages.ts';

// Small pieces the forms and lists of reception, petitions, dialogues and mediation share.

/** Cancel and submit at the foot of a form in a dialog. */
export function FormActions(props: { onCancel: () => void; pending: boolean; submitLabel?: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" type="button" onClick={props.onCancel}>
        {common.cancel}
      </Button>
      <Button type="submit" loading={props.pending}>
        {props.submitLabel ?? common.save}
      </Button>
    </Group>
  );
}

/** "Sửa" and "Xóa" (after a confirmation) for one row. */
export function RowActions(props: {
  onEdit: () => void;
  onDelete?: () => void;
  confirm: string;
  label: string;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        onClick={props.onEdit}
        aria-label={`${common.edit}: ${props.label}`}
      >
        {common.edit}
      </Button>
      {props.onDelete && (
        <Button
          size="xs"
          variant="subtle"
          color="red.9"
          aria-label={`${common.delete}: ${props.label}`}
          onClick={() => {
            if (window.confirm(props.confirm)) props.onDelete?.();
          }}
        >
          {common.delete}
        </Button>
      )}
    </Group>
  );
}

/** Page numbers under a list, when there is more than one page. */
export function Pager(props: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (p: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={common.pagination}>
      <Pagination
        total={pages}
        value={props.page}
        onChange={props.onChange}
        getItemProps={(p) => ({ 'aria-label': common.pageN(p) })}
        getControlProps={(control) => ({ 'aria-label': common.pageControls[control] })}
      />
    </Group>
  );
}

export interface Period {
  from?: string;
  to?: string;
}

/** From–to dates typed dd/mm/yyyy, applied on "Lọc" (or Enter). */
export function PeriodFilter(props: { onApply: (p: Period) => void }) {
  const [text, setText] = useState({ from: '', to: '' });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const from = text.from.trim() ? parseDate(text.from) : undefined;
    const to = text.to.trim() ? parseDate(text.to) : undefined;
    const found = {
      from: from === null ? common.invalidDate : from && to && from > to ? common.dateOrder : undefined,
      to: to === null ? common.invalidDate : undefined,
    };
    setErrors(found);
    if (!found.from && !found.to) props.onApply({ from: from ?? undefined, to: to ?? undefined });
  };
  return (
    <form onSubmit={onSubmit} aria-label={common.period}>
      <Group align="flex-start" gap="sm">
        <DateField
          label={common.from}
          value={text.from}
          onChange={(from) => setText((t) => ({ ...t, from }))}
          error={errors.from}
        />
        <DateField
          label={common.to}
          value={text.to}
          onChange={(to) => setText((t) => ({ ...t, to }))}
          error={errors.to}
        />
        <Button type="submit" variant="default" mt={25}>
          {common.apply}
        </Button>
      </Group>
    </form>
  );
}
