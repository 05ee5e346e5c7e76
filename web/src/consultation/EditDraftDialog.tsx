import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, onSomeField } from '../democracy/errors.ts';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { periodDays } from '../democracy/period.ts';
import { formatDate, formatNumber, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { type DraftText, DraftTextFields, questionList } from './DraftTextFields.tsx';
import { detail, form as m } from './messages.ts';
import { useDraftChange } from './queries.ts';
import type { DraftDetail } from './types.ts';

const fields = ['title', 'documentId', 'summary', 'questions', 'opensOn', 'closesOn'] as const;

/**
 * Corrects a draft before or during its period, e.g. to extend it. Once open, its start stays
 * (people were told when it began); the passages are fixed, as comments point at them.
 */
export function EditDraftDialog(props: {
  communeId: string;
  draft: DraftDetail;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={detail.editDraft} size="lg">
      {props.opened && <EditForm {...props} />}
    </Modal>
  );
}

function EditForm(props: { communeId: string; draft: DraftDetail; onClose: () => void }) {
  const { draft } = props;
  const mutation = useDraftChange(props.communeId, draft.id);
  const [text, setText] = useState<DraftText>({
    title: draft.title,
    documentId: draft.document?.id ?? null,
    summary: draft.summary,
    questions: draft.questions.join('\n'),
  });
  const [opensOn, setOpensOn] = useState(formatDate(draft.opensOn));
  const [closesOn, setClosesOn] = useState(formatDate(draft.closesOn));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorOf = (k: string) => errors[k] ?? fieldError(mutation.error, k, 'closesOn');
  const started = draft.status !== 'scheduled';
  const days = periodDays(opensOn, closesOn);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const from = parseDate(opensOn);
    const to = parseDate(closesOn);
    if (!text.title.trim()) found.title = m.required;
    if (!text.summary.trim()) found.summary = m.required;
    if (!from) found.opensOn = m.dateInvalid;
    if (!to) found.closesOn = m.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || !from || !to) return;
    const body = {
      title: text.title.trim(),
      documentId: text.documentId,
      summary: text.summary.trim(),
      questions: questionList(text.questions),
      ...(started ? {} : { opensOn: from }),
      closesOn: to,
    };
    mutation.mutate({ method: 'PATCH', path: '', body }, { onSuccess: props.onClose });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && !onSomeField(mutation.error, fields) && <ErrorAlert error={mutation.error} />}
        <DraftTextFields
          communeId={props.communeId}
          value={text}
          onChange={(patch) => setText((prev) => ({ ...prev, ...patch }))}
          errorOf={errorOf}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.opensOn}
            value={opensOn}
            onChange={(e) => setOpensOn(e.currentTarget.value)}
            readOnly={started}
            description={started ? detail.startFixed : undefined}
            placeholder="dd/mm/yyyy"
            maxLength={10}
            error={errorOf('opensOn')}
          />
          <DateField
            label={m.closesOn}
            value={closesOn}
            onChange={setClosesOn}
            error={errorOf('closesOn')}
            description={days ? m.span(formatNumber(days)) : undefined}
          />
        </SimpleGrid>
        <FormButtons
          cancel={m.cancel}
          submit={detail.save}
          pending={mutation.isPending}
          onCancel={props.onClose}
        />
      </Stack>
    </form>
  );
}
