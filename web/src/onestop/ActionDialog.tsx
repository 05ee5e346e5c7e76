import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate, vnDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { actionLabels, actionDialog as m } from './messages.ts';
import { useDossierAction } from './queries.ts';
import type { ActionInput, DossierAction, DossierDetail } from './types.ts';

const reasonLabel: Partial<Record<DossierAction, string>> = {
  requestSupplement: m.supplementReason,
  reject: m.rejectReason,
  apologize: m.apologyReason,
};

/** Confirms one lifecycle step; asks for a reason (and a new date for an apology) where the law wants one. */
export function ActionDialog(props: {
  communeId: string;
  dossier: DossierDetail;
  action: DossierAction | null;
  onClose: () => void;
  onDone: (d: DossierDetail) => void;
}) {
  const { action, dossier } = props;
  return (
    <Modal
      opened={action !== null}
      onClose={props.onClose}
      title={action ? m.question(actionLabels[action], dossier.code) : ''}
      size="lg"
    >
      {action && (
        <ActionForm
          key={action}
          communeId={props.communeId}
          dossier={dossier}
          action={action}
          onClose={props.onClose}
          onDone={props.onDone}
        />
      )}
    </Modal>
  );
}

function ActionForm(props: {
  communeId: string;
  dossier: DossierDetail;
  action: DossierAction;
  onClose: () => void;
  onDone: (d: DossierDetail) => void;
}) {
  const { action, dossier } = props;
  const mutation = useDossierAction(props.communeId, dossier.id);
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});
  const needsReason = action in reasonLabel;
  const serverFields = mutation.error instanceof ApiError ? mutation.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: { text?: string; date?: string } = {};
    if (needsReason && !text.trim()) found.text = m.reasonRequired;
    let newDueDate: string | null = null;
    if (action === 'apologize') {
      newDueDate = parseDate(date);
      const today = vnDate();
      if (!newDueDate) found.date = m.newDueDateInvalid;
      else if (newDueDate <= dossier.dueDate || newDueDate < today)
        found.date = m.newDueDateTooEarly(formatDate(dossier.dueDate));
    }
    setErrors(found);
    if (found.text || found.date) return;
    const reason = text.trim();
    const body: ActionInput =
      action === 'apologize'
        ? { action, reason, newDueDate: newDueDate ?? '' }
        : action === 'requestSupplement' || action === 'reject'
          ? { action, reason }
          : { action, note: reason || null };
    mutation.mutate(body, { onSuccess: props.onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && (
          <Alert color="red" variant="light" role="alert">
            {mutation.error.message}
          </Alert>
        )}
        <Text size="sm">{dossier.procedureName}</Text>
        <Textarea
          label={reasonLabel[action] ?? m.note}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required={needsReason}
          withAsterisk={needsReason}
          autosize
          minRows={3}
          maxLength={2000}
          error={errors.text ?? serverFields.reason ?? serverFields.note}
          data-autofocus
        />
        {action === 'apologize' && (
          <DateField
            label={m.newDueDate}
            value={date}
            onChange={setDate}
            error={errors.date ?? serverFields.newDueDate}
            description={m.newDueDateHint(formatDate(dossier.dueDate))}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} type="button">
            {m.cancel}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {m.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
