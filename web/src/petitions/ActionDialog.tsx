import { Checkbox, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useAnswerFields } from './AnswerFields.tsx';
import { actionLabels, dialog as m, outcomeLabels, variantLabels } from './messages.ts';
import { useAssignees, usePetitionAction } from './queries.ts';
import type { ActionInput, PetitionAction, PetitionDetail } from './types.ts';

/** Confirms one lifecycle step with the fields the API takes for it. */
export function ActionDialog(props: {
  communeId: string;
  petition: PetitionDetail;
  action: PetitionAction | null;
  onClose: () => void;
  onDone: (p: PetitionDetail, action: PetitionAction) => void;
}) {
  const { action, petition } = props;
  return (
    <Modal
      opened={action !== null}
      onClose={props.onClose}
      title={action ? m.question(actionLabels[action], petition.code) : ''}
      size="lg"
    >
      {action && <ActionForm key={action} {...props} action={action} />}
    </Modal>
  );
}

type Draft = Record<string, string>;

function ActionForm(props: {
  communeId: string;
  petition: PetitionDetail;
  action: PetitionAction;
  onClose: () => void;
  onDone: (p: PetitionDetail, action: PetitionAction) => void;
}) {
  const { action, petition: p } = props;
  const mutation = usePetitionAction(props.communeId, p.id);
  const assignees = useAssignees(props.communeId, action === 'assign');
  const answer = useAnswerFields(props.communeId, p.kind, { enabled: action === 'answer', topic: p.topic });
  const [draft, setDraft] = useState<Draft>({});
  const [flag, setFlag] = useState(false);
  const [errors, setErrors] = useState<Draft>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const val = (k: string) => draft[k] ?? '';
  const err = (k: string) => errors[k] ?? server[k];
  const set = (k: string) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const text = (k: string) => val(k).trim();
  const opt = (k: string) => text(k) || null;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Draft = {};
    const need = (...keys: string[]) => {
      for (const k of keys) if (!text(k)) found[k] = m.required;
    };
    const date = (k: string) => {
      if (!text(k)) return undefined;
      const d = parseDate(text(k));
      if (!d) found[k] = m.invalidDate;
      return d ?? undefined;
    };
    let body: ActionInput | null = null;
    switch (action) {
      case 'accept':
        body = {
          action,
          acceptedDate: date('acceptedDate'),
          variant: (opt('variant') as keyof typeof variantLabels | null) ?? undefined,
          note: opt('note'),
        };
        break;
      case 'transfer':
        need('transferredTo');
        body = { action, transferredTo: text('transferredTo'), note: opt('note') };
        break;
      case 'guide':
        need('guidedTo');
        body = { action, guidedTo: text('guidedTo'), note: opt('note') };
        break;
      case 'file':
        need('reason');
        body = { action, reason: text('reason'), forInspection: flag };
        break;
      case 'assign':
        need('officialId');
        body = { action, officialId: text('officialId'), note: opt('note') };
        break;
      case 'extend': {
        need('reason');
        const days = Number(text('days'));
        if (!Number.isInteger(days) || days < 1 || days > 90) found.days = m.daysInvalid;
        body = { action, days, reason: text('reason') };
        break;
      }
      case 'settle':
        need('decisionRef');
        body = {
          action,
          decisionRef: text('decisionRef'),
          decisionDate: date('decisionDate'),
          settledDate: date('settledDate'),
          outcome: (opt('outcome') as keyof typeof outcomeLabels | null) ?? undefined,
          note: opt('note'),
        };
        break;
      case 'answer': {
        const problem = answer.problem();
        if (problem) found.text = problem;
        body = { action, ...answer.value() };
        break;
      }
      case 'publish':
        body = { action };
        break;
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !body) return;
    mutation.mutate(body, { onSuccess: (d) => props.onDone(d, action) });
  };

  const note = (
    <Textarea
      label={m.note}
      value={val('note')}
      onChange={(e) => set('note')(e.currentTarget.value)}
      autosize
      minRows={2}
      maxLength={2000}
      error={err('note')}
    />
  );
  const input = (k: string, label: string, extra: { description?: string; max?: number } = {}) => (
    <TextInput
      label={label}
      description={extra.description}
      value={val(k)}
      onChange={(e) => set(k)(e.currentTarget.value)}
      required
      withAsterisk
      maxLength={extra.max ?? 300}
      error={err(k)}
      data-autofocus
    />
  );
  const dateField = (k: string, label: string) => (
    <DateField label={label} description={m.dateHint} value={val(k)} onChange={set(k)} error={err(k)} />
  );

  const fields: Record<PetitionAction, ReactNode> = {
    accept: (
      <>
        <Text size="sm" c="dimmed">
          {m.acceptHint}
        </Text>
        {dateField('acceptedDate', m.acceptedDate)}
        {p.kind === 'complaint' && (
          <Select
            label={m.variant}
            placeholder={m.variantNone}
            data={Object.entries(variantLabels).map(([value, label]) => ({ value, label }))}
            value={draft.variant ?? null}
            onChange={(v) => set('variant')(v ?? '')}
            clearable
          />
        )}
        {note}
      </>
    ),
    transfer: (
      <>
        <Text size="sm" c="dimmed">
          {m.letterHint}
        </Text>
        {input('transferredTo', m.transferredTo)}
        {note}
      </>
    ),
    guide: (
      <>
        <Text size="sm" c="dimmed">
          {m.letterHint}
        </Text>
        {input('guidedTo', m.guidedTo)}
        {note}
      </>
    ),
    file: (
      <>
        {input('reason', m.reason, { max: 2000 })}
        {p.anonymous && (
          <Checkbox
            label={m.forInspection}
            checked={flag}
            onChange={(e) => setFlag(e.currentTarget.checked)}
          />
        )}
      </>
    ),
    assign: (
      <>
        <Select
          label={m.official}
          data={(assignees.data?.items ?? []).map((u) => ({
            value: u.id,
            label: u.position ? `${u.fullName} — ${u.position}` : u.fullName,
          }))}
          value={draft.officialId ?? null}
          onChange={(v) => set('officialId')(v ?? '')}
          searchable
          required
          withAsterisk
          error={err('officialId') ?? (assignees.error ? assignees.error.message : undefined)}
        />
        {note}
      </>
    ),
    extend: (
      <>
        <Text size="sm" c="dimmed">
          {m.extendHint}
        </Text>
        <NumberInput
          label={m.days}
          value={val('days')}
          onChange={(v) => set('days')(String(v))}
          min={1}
          max={90}
          allowDecimal={false}
          required
          withAsterisk
          error={err('days')}
        />
        {input('reason', m.reason, { max: 2000 })}
      </>
    ),
    settle: (
      <>
        {input('decisionRef', m.decisionRef, { description: m.decisionRefHint, max: 64 })}
        {dateField('decisionDate', m.decisionDate)}
        {dateField('settledDate', m.settledDate)}
        <Select
          label={m.outcome}
          placeholder={m.outcomeNone}
          data={Object.entries(outcomeLabels).map(([value, label]) => ({ value, label }))}
          value={draft.outcome ?? null}
          onChange={(v) => set('outcome')(v ?? '')}
          clearable
        />
        {note}
      </>
    ),
    answer: answer.fields(err('text') ?? server.templateId),
    publish: <Text size="sm">{m.publishConfirm}</Text>,
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Text size="sm" fw={500}>
          {p.subject}
        </Text>
        {fields[action]}
        <FormActions onCancel={props.onClose} pending={mutation.isPending} submitLabel={m.confirm} />
      </Stack>
    </form>
  );
}
