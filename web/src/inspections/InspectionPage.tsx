import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDate } from '../lib/format.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { AnchorLink, BackLink } from '../shell/links.tsx';
import { RecordFallback } from '../shell/RecordFallback.tsx';
import { RecordTitle } from '../shell/RecordTitle.tsx';
import { FindingForm } from './FindingForm.tsx';
import { InspectionForm } from './InspectionForm.tsx';
import { form as fm, detail as m } from './messages.ts';
import { useInspection, useUpdateInspection } from './queries.ts';
import type { Finding } from './types.ts';

const route = getRouteApi('/_app/dan-van/kiem-tra/$id');

type Dialog = { kind: 'round' } | { kind: 'finding'; finding: Finding | null; fixing?: boolean };

function FindingStatus({ f }: { f: Finding }) {
  if (f.fixedOn)
    return (
      <Badge color="green" variant="light" c="dark.8">
        {m.fixed(formatDate(f.fixedOn))}
      </Badge>
    );
  return f.overdue ? (
    <Badge color="red.9" variant="filled">
      {m.overdue}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" c="dark.8">
      {m.open}
    </Badge>
  );
}

/** One round: who inspected what, the conclusion, and each finding with who fixes it by when. */
export function InspectionPage() {
  const { id } = route.useParams();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const canEdit = useCanEdit();
  const query = useInspection(communeId, id);
  const update = useUpdateInspection(communeId, id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState(false);

  if (!communeId || !query.isSuccess || commune.isLoading)
    return <RecordFallback commune={commune} query={query} />;
  const i = query.data;
  const done = () => {
    setDialog(null);
    setSaved(true);
  };

  return (
    <Stack gap="lg">
      <BackLink to="/dan-van/kiem-tra">{m.back}</BackLink>
      <RecordTitle title={i.title} badge={i.kindLabel}>
        <Text>
          {m.subject}: {i.subject}
        </Text>
        <Text>
          {m.by}: {i.conductedBy} · {m.time}: {formatDate(i.startsOn)}
          {i.endsOn && ` – ${formatDate(i.endsOn)}`}
        </Text>
        {i.document && (
          <Text>
            {m.document}:{' '}
            <AnchorLink to="/van-ban/$id" params={{ id: i.document.id }}>
              {i.document.citation}
            </AnchorLink>
          </Text>
        )}
      </RecordTitle>
      <SavedAlert message={saved && m.saved} onClose={() => setSaved(false)} />
      {canEdit && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              update.reset();
              setDialog({ kind: 'round' });
            }}
          >
            {m.edit}
          </Button>
        </Group>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="ket-luan">
        <Title order={2} size="h4" id="ket-luan" mb="sm">
          {m.conclusion}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion || m.noConclusion}</Text>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="kien-nghi">
        <Group justify="space-between">
          <Title order={2} size="h4" id="kien-nghi">
            {m.findings}
          </Title>
          {canEdit && (
            <Button variant="default" onClick={() => setDialog({ kind: 'finding', finding: null })}>
              {m.addFinding}
            </Button>
          )}
        </Group>
        {i.findings.length === 0 ? (
          <Text>{m.noFindings}</Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.colDescription}</Table.Th>
                  <Table.Th>{m.colResponsible}</Table.Th>
                  <Table.Th>{m.colDue}</Table.Th>
                  <Table.Th>{m.colStatus}</Table.Th>
                  {canEdit && <Table.Th>{m.colActions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {i.findings.map((f, n) => (
                  <Table.Tr
                    key={f.id}
                    data-overdue={f.overdue || undefined}
                    bg={f.overdue ? 'var(--mantine-color-red-0)' : undefined}
                  >
                    <Table.Td>
                      <Text size="sm">{f.description}</Text>
                      {f.fixNote && (
                        <Text size="xs" c="dimmed">
                          {f.fixNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{f.responsible}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {f.dueOn ? formatDate(f.dueOn) : m.noDue}
                    </Table.Td>
                    <Table.Td>
                      <FindingStatus f={f} />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {!f.fixedOn && (
                            <Button
                              size="compact-sm"
                              variant="light"
                              onClick={() => setDialog({ kind: 'finding', finding: f, fixing: true })}
                              aria-label={`${m.markFixed}: ${m.findingTitle} ${n + 1}`}
                            >
                              {m.markFixed}
                            </Button>
                          )}
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setDialog({ kind: 'finding', finding: f })}
                            aria-label={`${m.editFinding}: ${m.findingTitle} ${n + 1}`}
                          >
                            {m.editFinding}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'round'
            ? fm.editTitle
            : dialog?.kind === 'finding' && dialog.fixing
              ? m.markFixed
              : dialog?.finding
                ? m.editFinding
                : m.addFinding
        }
      >
        {dialog?.kind === 'round' && (
          <InspectionForm
            inspection={i}
            saving={update.isPending}
            error={update.error}
            onCancel={() => setDialog(null)}
            onSave={(input) => update.mutate(input, { onSuccess: done })}
          />
        )}
        {dialog?.kind === 'finding' && (
          <FindingForm
            communeId={communeId}
            inspectionId={i.id}
            finding={dialog.finding}
            fixing={dialog.fixing}
            onSaved={done}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
