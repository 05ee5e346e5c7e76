import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatNumber, formatVnd } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { searchKey } from '../lib/text.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { procedures as m, onlineLevelLabels } from './messages.ts';
import { ProcedureForm } from './ProcedureForm.tsx';
import { useProcedures, useSaveProcedure } from './queries.ts';
import type { Procedure } from './types.ts';

/** The catalogue: search, add, edit, and a printable QR code per procedure for the notice board. */
export function ProceduresPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const list = useProcedures(commune.current?.id);
  const save = useSaveProcedure(commune.current?.id);
  const [q, setQ] = useState('');
  // undefined: closed; null: a new procedure; otherwise the one being edited.
  const [editing, setEditing] = useState<Procedure | null | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const canWrite = role ? canWriteOnestop(role) : false;

  const items = list.data?.items ?? [];
  const sectors = useMemo(() => [...new Set(items.map((p) => p.sector))].sort(), [items]);
  const needle = searchKey(q);
  const shown = needle
    ? items.filter((p) => searchKey(`${p.code} ${p.name} ${p.sector}`).includes(needle))
    : items;

  const open = (p: Procedure | null) => {
    save.reset();
    setEditing(p);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {m.title}
          </Title>
          <Text c="dimmed" size="sm">
            {m.intro}
          </Text>
        </div>
        {canWrite && <Button onClick={() => open(null)}>{m.add}</Button>}
      </Group>
      {saved && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
          {m.saved(saved)}
        </Alert>
      )}
      <TextInput
        type="search"
        label={m.search}
        placeholder={m.searchPlaceholder}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={480}
      />
      {commune.isLoading || list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(formatNumber(shown.length))}
          </Text>
          {shown.length === 0 ? (
            <Text>{m.empty}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.colCode}</Table.Th>
                    <Table.Th>{m.colName}</Table.Th>
                    <Table.Th>{m.colSector}</Table.Th>
                    <Table.Th ta="right">{m.colDays}</Table.Th>
                    <Table.Th>{m.colOnline}</Table.Th>
                    <Table.Th ta="right">{m.colFee}</Table.Th>
                    <Table.Th>{m.colActions}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.code}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.name}</Text>
                        {!p.published && (
                          <Badge color="gray" variant="light" c="dark.8" size="sm">
                            {m.hidden}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{p.sector}</Table.Td>
                      <Table.Td ta="right">
                        {p.processingDays === 0 ? m.sameDay : formatNumber(p.processingDays)}
                      </Table.Td>
                      <Table.Td>{onlineLevelLabels[p.onlineLevel]}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {p.feeVnd ? formatVnd(p.feeVnd) : m.free}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {canWrite && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => open(p)}
                              aria-label={`${m.edit} ${p.code}`}
                            >
                              {m.edit}
                            </Button>
                          )}
                          {p.published && (
                            <AnchorLink
                              to="/in/mot-cua/ma-qr-thu-tuc/$code"
                              params={{ code: p.code }}
                              size="sm"
                              style={{ whiteSpace: 'nowrap' }}
                              aria-label={`${m.qr} ${p.code}`}
                            >
                              {m.qr}
                            </AnchorLink>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? m.formEdit(editing.code) : m.formCreate}
        size="lg"
      >
        {editing !== undefined && (
          <ProcedureForm
            key={editing?.id ?? 'new'}
            procedure={editing}
            sectors={sectors}
            saving={save.isPending}
            error={save.error}
            onCancel={() => setEditing(undefined)}
            onSave={(input) =>
              save.mutate(input, {
                onSuccess: (p) => {
                  setEditing(undefined);
                  setSaved(p.code);
                },
              })
            }
          />
        )}
      </Modal>
    </Stack>
  );
}
