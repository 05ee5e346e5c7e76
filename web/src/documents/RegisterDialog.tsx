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
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate, vnDate } from '../lib/format.ts';
import { procedureFilter as wordFilter } from '../onestop/procedure-options.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
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
  const [type, setType] = useState<string | null>(null);
  const [date, setDate] = useState(formatDate(vnDate()));
  const [summary, setSummary] = useState('');
  const [signer, setSigner] = useState('');
  const [field, setField] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<DocumentDetail | null>(null);
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const errorOf = (k: string) => errors[k] ?? fields[k];

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
              setSummary('');
              setFile(null);
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
    const iso = parseDate(date);
    if (type === null) found.type = m.required;
    if (!iso) found.date = m.dateInvalid;
    if (!summary.trim()) found.summary = m.required;
    if (!signer.trim()) found.signer = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || type === null || !iso) return;
    const code = typeCode(type);
    const body: RegisterInput = {
      type: code as RegisterInput['type'],
      date: iso,
      summary: summary.trim(),
      signer: signer.trim(),
      field: code === '' && field.trim() ? field.trim() : null,
      file: file ? await readUpload(file) : null,
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
            value={type}
            onChange={setType}
            searchable
            filter={wordFilter}
            required
            withAsterisk
            error={errorOf('type')}
            data-autofocus
          />
          <DateField label={m.date} value={date} onChange={setDate} error={errorOf('date')} />
        </SimpleGrid>
        {type === '_' && (
          <TextInput
            label={m.field}
            description={m.fieldHint}
            value={field}
            onChange={(e) => setField(e.currentTarget.value)}
            maxLength={16}
            error={errorOf('field')}
          />
        )}
        <Textarea
          label={m.summary}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          required
          withAsterisk
          autosize
          minRows={2}
          maxLength={1000}
          error={errorOf('summary')}
        />
        <TextInput
          label={m.signer}
          value={signer}
          onChange={(e) => setSigner(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={200}
          error={errorOf('signer')}
        />
        <FileInput
          label={m.file}
          value={file}
          onChange={setFile}
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
