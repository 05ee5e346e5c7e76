import { Textarea, TextInput } from '@mantine/core';
import { DocumentSelect } from '../documents/DocumentSelect.tsx';
import { form as m } from './messages.ts';

export interface DraftText {
  title: string;
  documentId: string | null;
  summary: string;
  /** One question a line. */
  questions: string;
}

/** What a draft says about itself, the same when it is put out and when it is corrected. */
export function DraftTextFields(props: {
  communeId: string | undefined;
  value: DraftText;
  onChange: (patch: Partial<DraftText>) => void;
  errorOf: (field: keyof DraftText) => string | undefined;
}) {
  const { value, onChange, errorOf } = props;
  return (
    <>
      <TextInput
        label={m.draftTitle}
        value={value.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        required
        withAsterisk
        maxLength={500}
        error={errorOf('title')}
      />
      <DocumentSelect
        communeId={props.communeId}
        label={m.document}
        value={value.documentId}
        onChange={(documentId) => onChange({ documentId })}
        error={errorOf('documentId')}
      />
      <Textarea
        label={m.summary}
        value={value.summary}
        onChange={(e) => onChange({ summary: e.currentTarget.value })}
        required
        withAsterisk
        autosize
        minRows={3}
        maxLength={5000}
        error={errorOf('summary')}
      />
      <Textarea
        label={m.questions}
        description={m.questionsHint}
        value={value.questions}
        onChange={(e) => onChange({ questions: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </>
  );
}

/** The questions box as the API takes them: one a line, blank lines dropped. */
export const questionList = (text: string) =>
  text
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
