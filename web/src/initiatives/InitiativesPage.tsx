import { Badge, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDate, formatNumber, vnDate } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { PageHeader } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { fieldLabels, list as m, organisationLabels } from './messages.ts';
import { useInitiatives } from './queries.ts';
import { ALL_YEARS, filterInitiatives, type InitiativeSearch, serverQuery, WHOLE_COMMUNE } from './search.ts';
import type { Field, Organisation } from './types.ts';

const route = getRouteApi('/_app/dan-van/sang-kien');
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The register of "Dân vận khéo" initiatives for a year, filtered by field, organisation and village. */
export function InitiativesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const villages = useCommune(commune.current?.id).data?.villages ?? [];
  const canEdit = useCanEdit();
  const currentYear = Number(vnDate().slice(0, 4));
  const query = useInitiatives(commune.current?.id, serverQuery(search, currentYear));
  const [q, setQ] = useState(search.q ?? '');

  const setSearch = (next: Partial<InitiativeSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const typed = useDebouncedCallback((text: string) => setSearch({ q: text.trim() || undefined }), 300);

  const years = Array.from({ length: currentYear - 2017 }, (_, n) => String(currentYear - n));
  const shown = filterInitiatives(query.data?.items ?? [], search);
  const byField = Object.entries(fieldLabels)
    .map(([field, label]) => ({ label, n: shown.filter((i) => i.field === field).length }))
    .filter((x) => x.n > 0);

  return (
    <Stack gap="md">
      <PageHeader
        title={m.title}
        intro={m.intro}
        action={canEdit && <ButtonLink to="/dan-van/sang-kien/moi">{m.add}</ButtonLink>}
      />

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <Select
          label={m.year}
          value={search.nam === ALL_YEARS ? ALL_YEARS : String(search.nam ?? currentYear)}
          onChange={(v) =>
            setSearch({
              nam: v === ALL_YEARS ? ALL_YEARS : v === String(currentYear) ? undefined : Number(v),
            })
          }
          data={[...years, { value: ALL_YEARS, label: m.allYears }]}
          allowDeselect={false}
        />
        <Select
          label={m.field}
          value={search.linhVuc ?? ''}
          onChange={(v) => setSearch({ linhVuc: (v || undefined) as Field | undefined })}
          data={[{ value: '', label: m.allFields }, ...options(fieldLabels)]}
          allowDeselect={false}
        />
        <Select
          label={m.organisation}
          value={search.toChuc ?? ''}
          onChange={(v) => setSearch({ toChuc: (v || undefined) as Organisation | undefined })}
          data={[{ value: '', label: m.allOrganisations }, ...options(organisationLabels)]}
          allowDeselect={false}
        />
        <Select
          label={m.village}
          value={search.thon ?? ''}
          onChange={(v) => setSearch({ thon: v || undefined })}
          data={[
            { value: '', label: m.allVillages },
            { value: WHOLE_COMMUNE, label: m.wholeCommune },
            ...villages.map((v) => ({ value: v.id, label: v.name })),
          ]}
          allowDeselect={false}
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
        />
      </SimpleGrid>

      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : shown.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(formatNumber(shown.length))}
            {byField.length > 0 && ` — ${m.byField.toLocaleLowerCase('vi')}: `}
            {byField.map((x) => `${x.label} ${formatNumber(x.n)}`).join('; ')}
          </Text>
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colName}</Table.Th>
                  <Table.Th>{m.colField}</Table.Th>
                  <Table.Th>{m.colOrganisation}</Table.Th>
                  <Table.Th>{m.colVillage}</Table.Th>
                  <Table.Th>{m.colStarted}</Table.Th>
                  <Table.Th>{m.colYears}</Table.Th>
                  <Table.Th ta="right">{m.colCommendations}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <AnchorLink to="/dan-van/sang-kien/$id" params={{ id: i.id }}>
                        {i.name}
                      </AnchorLink>
                      {i.replicatedFrom && (
                        <Badge ml="xs" size="sm" variant="light" color="indigo" c="dark.8">
                          {m.replicated}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{i.fieldLabel}</Table.Td>
                    <Table.Td>{i.organisationLabel}</Table.Td>
                    <Table.Td>{i.villageName ?? m.wholeCommune}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.startedOn)}</Table.Td>
                    <Table.Td>{i.registeredYears.join(', ')}</Table.Td>
                    <Table.Td ta="right">{formatNumber(i.commendations.length)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
