import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions, Pager, type Period, PeriodFilter, RowActions } from '../civic/ui.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import { useCommune, useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { toLines } from './lines.ts';
import { fieldLabels, mediation as m, resultColors, resultLabels } from './messages.ts';
import { useCases, useDeleteCase, useSaveCase } from './queries.ts';
import type { MediationCase, MediationResult } from './types.ts';

const PAGE_SIZE = 50;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Grassroots mediation cases: parties, mediators, the date and whether it succeeded. */
export function MediationPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const [result, setResult] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [period, setPeriod] = useState<Period>({});
  const query = useCases(communeId, {
    ...period,
    result: result ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const remove = useDeleteCase(communeId);
  const [editing, setEditing] = useState<MediationCase | 'new' | null>(null);
  const canWrite = canWriteCivic(role);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text size="sm">{m.intro}</Text>
        </Stack>
        {canWrite && <Button onClick={() => setEditing('new')}>{m.add}</Button>}
      </Group>
      <Select
        label={m.result}
        placeholder={m.allResults}
        data={options(resultLabels)}
        value={result}
        onChange={(v) => {
          setResult(v);
          setPage(1);
        }}
        clearable
        maw={280}
      />
      <PeriodFilter
        onApply={(p) => {
          setPeriod(p);
          setPage(1);
        }}
      />
      {remove.error && <ErrorAlert error={remove.error} />}
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.receivedDate}</Table.Th>
                  <Table.Th>{m.subject}</Table.Th>
                  <Table.Th>{m.parties}</Table.Th>
                  <Table.Th>{m.mediators}</Table.Th>
                  <Table.Th>{m.result}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.receivedDate)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.subject}</Text>
                      <Text size="xs" c="dimmed">
                        {fieldLabels[c.field]}
                        {c.villageName && ` · ${c.villageName}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.parties.join('; ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.mediators.join('; ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={resultColors[c.result]} variant="light" c="dark.8" tt="none">
                        {resultLabels[c.result]}
                      </Badge>
                      {c.resultDate && (
                        <Text size="xs" c="dimmed">
                          {formatDate(c.resultDate)}
                        </Text>
                      )}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <RowActions
                          label={c.subject}
                          confirm={m.deleteConfirm}
                          onEdit={() => setEditing(c)}
                          onDelete={() => remove.mutate(c.id)}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={query.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? m.addTitle : m.editTitle}
        size="lg"
      >
        {editing !== null && communeId && (
          <CaseForm
            communeId={communeId}
            value={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CaseForm(props: { communeId: string; value: MediationCase | null; onClose: () => void }) {
  const c = props.value;
  const mutation = useSaveCase(props.communeId);
  const villages = useCommune(props.communeId).data?.villages ?? [];
  const [v, setV] = useState({
    receivedDate: c ? formatDate(c.receivedDate) : '',
    villageId: c?.villageId ?? null,
    field: c?.field ?? 'neighbour',
    subject: c?.subject ?? '',
    parties: c?.parties.join('\n') ?? '',
    mediators: c?.mediators.join('\n') ?? '',
    mediationDate: c?.mediationDate ? formatDate(c.mediationDate) : '',
    result: (c?.result ?? 'ongoing') as MediationResult,
    resultDate: c?.resultDate ? formatDate(c.resultDate) : '',
    notes: c?.notes ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const err = (k: string) => errors[k] ?? server[k];
  const set = (k: keyof typeof v) => (value: string | null) => setV((x) => ({ ...x, [k]: value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const receivedDate = parseDate(v.receivedDate);
    if (!receivedDate) found.receivedDate = m.invalidDate;
    const optionalDate = (k: 'mediationDate' | 'resultDate') => {
      if (!v[k].trim()) return null;
      const d = parseDate(v[k]);
      if (!d) found[k] = m.invalidDate;
      return d;
    };
    const mediationDate = optionalDate('mediationDate');
    const resultDate = v.result === 'ongoing' ? null : optionalDate('resultDate');
    if (v.result !== 'ongoing' && !v.resultDate.trim()) found.resultDate = m.required;
    const parties = toLines(v.parties);
    const mediators = toLines(v.mediators);
    if (!v.subject.trim()) found.subject = m.required;
    if (parties.length === 0) found.parties = m.required;
    if (mediators.length === 0) found.mediators = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !receivedDate) return;
    mutation.mutate(
      {
        id: c?.id,
        receivedDate,
        villageId: v.villageId,
        field: v.field as keyof typeof fieldLabels,
        subject: v.subject.trim(),
        parties,
        mediators,
        mediationDate,
        result: v.result,
        resultDate,
        notes: v.notes.trim() || null,
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={m.receivedDate}
            value={v.receivedDate}
            onChange={set('receivedDate')}
            error={err('receivedDate')}
          />
          <Select
            label={m.village}
            placeholder={m.villageNone}
            data={villages.map((x) => ({ value: x.id, label: x.name }))}
            value={v.villageId}
            onChange={set('villageId')}
            clearable
            searchable
          />
        </SimpleGrid>
        <Select
          label={m.field}
          data={options(fieldLabels)}
          value={v.field}
          onChange={(x) => x && set('field')(x)}
          allowDeselect={false}
        />
        <TextInput
          label={m.subject}
          value={v.subject}
          onChange={(e) => set('subject')(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={500}
          error={err('subject')}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={m.parties}
            description={m.partiesHint}
            value={v.parties}
            onChange={(e) => set('parties')(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            withAsterisk
            error={err('parties')}
          />
          <Textarea
            label={m.mediators}
            description={m.mediatorsHint}
            value={v.mediators}
            onChange={(e) => set('mediators')(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            withAsterisk
            error={err('mediators')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={m.mediationDate}
            value={v.mediationDate}
            onChange={set('mediationDate')}
            error={err('mediationDate')}
          />
          <Select
            label={m.result}
            data={options(resultLabels)}
            value={v.result}
            onChange={(x) => x && set('result')(x)}
            allowDeselect={false}
          />
          {v.result !== 'ongoing' && (
            <DateField
              label={m.resultDate}
              value={v.resultDate}
              onChange={set('resultDate')}
              error={err('resultDate')}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={m.notes}
          value={v.notes}
          onChange={(e) => set('notes')(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
        />
        <FormActions onCancel={props.onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
