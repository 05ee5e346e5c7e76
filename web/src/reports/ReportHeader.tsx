import {
  Alert,
  Button,
  Grid,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { DateField } from '../shell/DateField.tsx';
import { authorityLabels, view as m } from './messages.ts';
import type { Authority, HeaderInput, Report } from './types.ts';

/** The document's header fields as printed (read-only view). */
export function HeaderView({ report }: { report: Report }) {
  const c = report.content;
  const rows: [string, ReactNode][] = [
    [m.summary, c.summary],
    [m.placeDate, `${c.place}, ${formatDate(c.date)}`],
    [
      m.recipients,
      <List key="r" size="sm">
        {c.recipients.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>,
    ],
    [m.authority, `${c.signer.authority} ${c.signer.title}${c.signer.name ? ` — ${c.signer.name}` : ''}`],
  ];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {m.headerTitle}
      </Title>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={180}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

type Errors = Partial<Record<'summary' | 'place' | 'date' | 'recipients' | 'title', string>>;

/**
 * The header fields (trích yếu, địa danh, ngày, nơi nhận, người ký) with the header's own
 * revision: a stale save answers 409 naming who saved, and the form reloads.
 */
export function HeaderForm(props: {
  report: Report;
  revision: number;
  saving: boolean;
  onSave: (input: HeaderInput) => Promise<unknown>;
}) {
  const c = props.report.content;
  const [summary, setSummary] = useState(c.summary);
  const [place, setPlace] = useState(c.place);
  const [date, setDate] = useState(formatDate(c.date));
  const [recipients, setRecipients] = useState(c.recipients.join('\n'));
  const [authority, setAuthority] = useState<Authority>(c.signer.authority);
  const [title, setTitle] = useState(c.signer.title);
  const [name, setName] = useState(c.signer.name);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDate(date);
    const lines = recipients
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const next: Errors = {
      summary: summary.trim() ? undefined : m.required,
      place: place.trim() ? undefined : m.required,
      date: iso ? undefined : m.invalidDate,
      recipients: lines.length ? undefined : m.required,
      title: title.trim() ? undefined : m.required,
    };
    setErrors(next);
    setResult(null);
    if (Object.values(next).some(Boolean) || !iso) return;
    try {
      await props.onSave({
        revision: props.revision,
        summary: summary.trim(),
        place: place.trim(),
        date: iso,
        recipients: lines,
        signer: { authority, title: title.trim(), name: name.trim() },
      });
      setResult({ ok: true, message: m.headerSaved });
    } catch (err) {
      const fields = isApiError(err) ? err.fields : {};
      const field = (k: string) => Object.entries(fields).find(([f]) => f.includes(k))?.[1];
      setErrors({
        summary: field('summary'),
        place: field('place'),
        date: field('date'),
        recipients: field('recipients'),
        title: field('signer'),
      });
      setResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate>
      <Title order={2} size="h4" mb="sm">
        {m.headerTitle}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={m.summary}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
          autosize
          minRows={1}
          required
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={m.place}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={errors.place}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField
              label={m.date}
              value={date}
              onChange={setDate}
              error={errors.date}
              description={m.dateHint}
            />
          </Grid.Col>
        </Grid>
        <Textarea
          label={m.recipients}
          description={m.recipientsHint}
          value={recipients}
          onChange={(e) => setRecipients(e.currentTarget.value)}
          error={errors.recipients}
          autosize
          minRows={3}
          required
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={m.authority}
              data={Object.entries(authorityLabels).map(([value, label]) => ({ value, label }))}
              value={authority}
              allowDeselect={false}
              onChange={(v) => v && setAuthority(v as Authority)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={m.signerTitle}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={m.signerName} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          </Grid.Col>
        </Grid>
        {result && (
          <Alert
            color={result.ok ? 'green' : 'red'}
            variant="light"
            role={result.ok ? 'status' : 'alert'}
            p="xs"
          >
            <Text size="sm">{result.message}</Text>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={props.saving}>
            {m.saveHeader}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
