import { Textarea, TextInput } from '@mantine/core';
import { letter as m } from './messages.ts';

export interface LetterTextValues {
  title: string;
  recipient: string;
  body: string;
}

/** Title, recipient line and body: the same three fields on a letter and on its template. */
export function LetterFields<V extends LetterTextValues>(props: {
  values: V;
  set: (k: keyof LetterTextValues, value: string) => void;
  errorOf: (k: keyof LetterTextValues) => string | undefined;
  readOnly?: boolean;
  minRows: number;
}) {
  const { values: v, set, errorOf, readOnly } = props;
  return (
    <>
      <TextInput
        label={m.heading}
        value={v.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        readOnly={readOnly}
        required
        withAsterisk
        maxLength={200}
        error={errorOf('title')}
      />
      <TextInput
        label={m.recipient}
        value={v.recipient}
        onChange={(e) => set('recipient', e.currentTarget.value)}
        readOnly={readOnly}
        required
        withAsterisk
        maxLength={500}
        error={errorOf('recipient')}
      />
      <Textarea
        label={m.body}
        description={m.bodyHint}
        value={v.body}
        onChange={(e) => set('body', e.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={props.minRows}
        required
        withAsterisk
        maxLength={10_000}
        error={errorOf('body')}
      />
    </>
  );
}

/** The three fields must not be blank. */
export function blankFields(v: LetterTextValues, message: string) {
  const found: Partial<Record<keyof LetterTextValues, string>> = {};
  for (const k of ['title', 'recipient', 'body'] as const) if (!v[k].trim()) found[k] = message;
  return found;
}
