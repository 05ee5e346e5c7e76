import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { formatDate, parseDate, vnDate } from '../lib/format.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { useFormValues } from '../shell/form-values.ts';
import { ButtonLink } from '../shell/links.tsx';
import { readUpload } from './file.ts';
import { form as m } from './messages.ts';
import { useDocumentTypes, useRegisterDocument } from './queries.ts';
import { typeCode, typeValue } from './search.ts';
import type { DocumentDetail, RegisterInput } from './types.ts';

/** Registers a document: the API allocates the next number, shown at once. */
export function RegisterDialog(props: { communeId: string; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={m.title} size="lg">
      {props.opened && <RegisterForm communeId={props.communeId} onClose={props.onClose} />}
    </Modal>
  );
}

function RegisterForm(props: { communeId: string; onClose: () => void }) {
  const types = useDocumentTypes();
  const mutation = useRegisterDocument(props.communeId);
  const form = useFormValues(
    () => ({
      type: null as string | null,
      date: formatDate(vnDate()),
      summary: '',
      signer: '',
      field: '',
      file: null as File | null,
    }),
    mutation.error,
  );
  const { values: v, set, setErrors, errorOf, text, date } = form;
  const [done, setDone] = useState<DocumentDetail | null>(null);

  if (done) {
    return (
      <Stack>
        <Alert color="green" variant="light" role="status" title={m.allocated(done.reference)}>
          {done.citation}
        </Alert>
        <Group>
          <ButtonLink to="/van-ban/$id" params={{ id: done.id }}>
            {m.open}
          </ButtonLink>
          <Button
            variant="default"
            onClick={() => {
              setDone(null);
              set('summary', '');
              set('file', null);
              mutation.reset();
            }}
          >
            {m.another}
          </Button>
        </Group>
      </Stack>
    );
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const iso = parseDate(v.date);
    if (v.type === null) found.type = m.required;
    if (!iso) found.date = m.dateInvalid;
    if (!v.summary.trim()) found.summary = m.required;
    if (!v.signer.trim()) found.signer = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || v.type === null || !iso) return;
    const code = typeCode(v.type);
    const body: RegisterInput = {
      type: code as RegisterInput['type'],
      date: iso,
      summary: v.summary.trim(),
      signer: v.signer.trim(),
      field: code === '' && v.field.trim() ? v.field.trim() : null,
      file: v.file ? await readUpload(v.file) : null,
    };
    mutation.mutate(body, { onSuccess: setDone });
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={m.type}
            data={(types.data?.items ?? []).map((t) => ({
              value: typeValue(t.code),
              label: t.code ? `${t.label} (${t.code})` : t.label,
            }))}
            value={v.type}
            onChange={(t) => set('type', t)}
            searchable
            filter={wordFilter}
            required
            withAsterisk
            error={errorOf('type')}
            data-autofocus
          />
          <DateField label={m.date} {...date('date')} />
        </SimpleGrid>
        {v.type === '_' && (
          <TextInput label={m.field} description={m.fieldHint} {...text('field')} maxLength={16} />
        )}
        <Textarea
          label={m.summary}
          {...text('summary')}
          required
          withAsterisk
          autosize
          minRows={2}
          maxLength={1000}
        />
        <TextInput label={m.signer} {...text('signer')} required withAsterisk maxLength={200} />
        <FileInput
          label={m.file}
          value={v.file}
          onChange={(f) => set('file', f)}
          clearable
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          error={errorOf('file') ?? errorOf('file.contentBase64')}
        />
        <FormButtons
          cancel={m.cancel}
          submit={m.submit}
          pending={mutation.isPending}
          onCancel={props.onClose}
        />
      </Stack>
    </form>
  );
}
