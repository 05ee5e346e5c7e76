import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { QueryState } from '../democracy/QueryState.tsx';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { PageHeader, SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { whenNoItems } from '../shell/no-items.ts';
import { RegisterTable } from '../shell/RegisterTable.tsx';
import { RowButton } from '../shell/RowButton.tsx';
import { form as fm, roster as m, managementLabels, theoryLabels } from './messages.ts';
import { OfficialForm } from './OfficialForm.tsx';
import { useOfficials, useSaveOfficial, useStaffTable } from './queries.ts';
import { RatingForm, TrainingForm } from './RatingTrainingForms.tsx';
import type { Official, StaffRow, StaffTable } from './types.ts';

const route = getRouteApi('/_app/dan-van/can-bo');

type Dialog = { kind: 'edit'; official: Official | null } | { kind: 'rate' | 'train'; official: Official };

/** The roster of officials and the report's staff table (counts and shares by qualification and rating). */
export function OfficialsPage() {
  const { nam } = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const canEdit = useCanEdit();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [includeLeft, setIncludeLeft] = useState(false);
  const table = useStaffTable(communeId, nam);
  const list = useOfficials(communeId, { q: debounced || undefined, includeLeft });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveOfficial(communeId, dialog?.kind === 'edit' ? (dialog.official?.id ?? null) : null);
  const year = table.data?.year ?? nam ?? Number(vnDate().slice(0, 4)) - 1;
  const currentYear = Number(vnDate().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, n) => String(currentYear - n));

  const open = (d: Dialog) => {
    save.reset();
    setDialog(d);
  };
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <Button onClick={() => open({ kind: 'edit', official: null })}>{m.add}</Button>}
      />
      <SavedAlert message={saved && m.saved(saved)} onClose={() => setSaved(null)} />

      <Select
        label={m.year}
        value={String(year)}
        onChange={(v) => void navigate({ search: (prev) => ({ ...prev, nam: v ? Number(v) : undefined }) })}
        data={years}
        allowDeselect={false}
        maw={160}
      />
      <QueryState query={table} waiting={commune.isLoading}>
        {(data) => <Summary table={data} />}
      </QueryState>

      <Title order={2} size="h3" mt="md">
        {m.list}
      </Title>
      <Group align="flex-end">
        <TextInput
          type="search"
          label={m.search}
          placeholder={m.searchPlaceholder}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={360}
        />
        <Checkbox
          label={m.includeLeft}
          checked={includeLeft}
          onChange={(e) => setIncludeLeft(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <QueryState query={list} waiting={commune.isLoading} empty={whenNoItems(m.empty)}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {m.count(formatNumber(data.items.length))}
            </Text>
            <RegisterTable
              minWidth={1200}
              highlightOnHover
              heads={[
                m.colName,
                m.colPosition,
                m.colDuties,
                m.colDegree,
                m.colTheory,
                m.colManagement,
                m.colRating(year),
                m.colTraining,
                canEdit && m.colActions,
              ]}
            >
              {data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {o.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {o.categoryLabel}
                      {o.leftOn && ` · ${m.left(formatDate(o.leftOn))}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>{o.position}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {o.duties}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {o.degreeLabel}
                    {o.major && ` (${o.major})`}
                  </Table.Td>
                  <Table.Td>{theoryLabels[o.politicalTheory]}</Table.Td>
                  <Table.Td>{managementLabels[o.stateManagement]}</Table.Td>
                  <Table.Td>{o.ratings.find((r) => r.year === year)?.label ?? m.notRated}</Table.Td>
                  <Table.Td>
                    {o.trainings.length > 0 ? m.trainings(formatNumber(o.trainings.length)) : '—'}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        {(['edit', 'rate', 'train'] as const).map((kind) => (
                          <RowButton
                            key={kind}
                            label={m[kind]}
                            row={o.fullName}
                            onClick={() => open({ kind, official: o })}
                          />
                        ))}
                      </Stack>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </RegisterTable>
          </>
        )}
      </QueryState>

      <Modal
        opened={dialog !== null}
        onClose={close}
        size="xl"
        title={
          !dialog
            ? ''
            : dialog.kind === 'edit'
              ? dialog.official
                ? fm.editTitle(dialog.official.fullName)
                : fm.createTitle
              : dialog.kind === 'rate'
                ? fm.rateTitle(dialog.official.fullName)
                : fm.trainTitle(dialog.official.fullName)
        }
      >
        {dialog?.kind === 'edit' && (
          <OfficialForm
            official={dialog.official}
            saving={save.isPending}
            error={save.error}
            onCancel={close}
            onSave={(input) =>
              save.mutate(input, {
                onSuccess: (o) => {
                  close();
                  setSaved(o.fullName);
                },
              })
            }
          />
        )}
        {dialog?.kind === 'rate' && communeId && (
          <RatingForm communeId={communeId} official={dialog.official} year={year} onDone={close} />
        )}
        {dialog?.kind === 'train' && communeId && (
          <TrainingForm
            communeId={communeId}
            // The roster refetches after a course is added: show the fresh one.
            official={list.data?.items.find((o) => o.id === dialog.official.id) ?? dialog.official}
          />
        )}
      </Modal>
    </Stack>
  );
}

function Breakdown({ title, rows, id }: { title: string; rows: StaffRow[]; id: string }) {
  return (
    <Paper withBorder p="sm">
      <Table aria-labelledby={id} data-breakdown={id}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th id={id}>{title}</Table.Th>
            <Table.Th ta="right">{m.colCount}</Table.Th>
            <Table.Th ta="right">{m.colPercent}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
              <Table.Td ta="right">{r.percent}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Summary({ table: t }: { table: StaffTable }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="tong-hop-can-bo">
      <Text id="tong-hop-can-bo" fw={600}>
        {m.summary(formatDate(t.date), t.year)} — {m.total(formatNumber(t.total))}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        <Breakdown id="theo-chuc-danh" title={m.byCategory} rows={t.byCategory} />
        <Breakdown id="chuyen-mon" title={m.byDegree} rows={t.byDegree} />
        <Breakdown id="ly-luan-chinh-tri" title={m.byPoliticalTheory} rows={t.byPoliticalTheory} />
        <Breakdown id="quan-ly-nha-nuoc" title={m.byStateManagement} rows={t.byStateManagement} />
        <Breakdown id="xep-loai" title={m.byRating(t.year)} rows={t.byRating} />
      </SimpleGrid>
    </Stack>
  );
}
