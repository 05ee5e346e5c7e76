import { Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { PageHeader } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { findingCounts } from './form.ts';
import { InspectionForm } from './InspectionForm.tsx';
import { form as fm, kindLabels, list as m } from './messages.ts';
import { useCreateInspection, useInspections } from './queries.ts';
import { type InspectionSearch, inspectionQuery } from './search.ts';
import type { InspectionKind } from './types.ts';

const route = getRouteApi('/_app/dan-van/kiem-tra');

/** Inspection and supervision rounds, newest first, with their findings still to fix and overdue. */
export function InspectionsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const canEdit = useCanEdit();
  const query = useInspections(commune.current?.id, inspectionQuery(search));
  const create = useCreateInspection(commune.current?.id);
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState(search.q ?? '');

  const setSearch = (next: Partial<InspectionSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const typed = useDebouncedCallback((text: string) => setSearch({ q: text.trim() || undefined }), 300);
  const items = query.data?.items ?? [];
  const overdue = items.reduce((n, i) => n + findingCounts(i).overdue, 0);

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={
          canEdit && (
            <Button
              onClick={() => {
                create.reset();
                setAdding(true);
              }}
            >
              {m.add}
            </Button>
          )
        }
      />
      <Group align="flex-end">
        <Select
          label={m.kind}
          value={search.loai ?? ''}
          onChange={(v) => setSearch({ loai: (v || undefined) as InspectionKind | undefined })}
          data={[
            { value: '', label: m.allKinds },
            ...Object.entries(kindLabels).map(([value, label]) => ({ value, label })),
          ]}
          allowDeselect={false}
          w={300}
        />
        <TextInput
          type="search"
          label={m.search}
          placeholder={m.searchPlaceholder}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            typed(e.currentTarget.value);
          }}
          w={300}
        />
        <Checkbox
          label={m.openOnly}
          checked={search.con ?? false}
          onChange={(e) => setSearch({ con: e.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>

      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <>
          <Group gap="sm" aria-live="polite">
            <Text size="sm" c="dimmed">
              {m.count(formatNumber(items.length))}
            </Text>
            {overdue > 0 && (
              <Badge color="red.9" variant="filled">
                {m.overdueTotal(formatNumber(overdue))}
              </Badge>
            )}
          </Group>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colTitle}</Table.Th>
                  <Table.Th>{m.colKind}</Table.Th>
                  <Table.Th>{m.colBy}</Table.Th>
                  <Table.Th>{m.colDate}</Table.Th>
                  <Table.Th>{m.colFindings}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => {
                  const c = findingCounts(i);
                  return (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <AnchorLink to="/dan-van/kiem-tra/$id" params={{ id: i.id }}>
                          {i.title}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{i.kindLabel}</Table.Td>
                      <Table.Td>{i.conductedBy}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(i.startsOn)}
                        {i.endsOn && ` – ${formatDate(i.endsOn)}`}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {m.findings(formatNumber(c.total), formatNumber(c.open))}
                        {c.overdue > 0 && (
                          <Badge ml="xs" color="red.9" variant="filled" size="sm">
                            {m.overdue(formatNumber(c.overdue))}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={fm.createTitle} size="lg">
        {adding && (
          <InspectionForm
            inspection={null}
            saving={create.isPending}
            error={create.error}
            onCancel={() => setAdding(false)}
            onSave={(input) =>
              create.mutate(input, {
                onSuccess: (i) => void navigate({ to: '/dan-van/kiem-tra/$id', params: { id: i.id } }),
              })
            }
          />
        )}
      </Modal>
    </Stack>
  );
}
