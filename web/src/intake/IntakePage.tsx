import { Alert, Badge, Button, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { AddValue } from './AddValue.tsx';
import { DocumentsList } from './DocumentsList.tsx';
import { FindingsList } from './FindingsList.tsx';
import { statusColor } from './IntakeListPage.tsx';
import { MoveCommune } from './MoveCommune.tsx';
import { m } from './messages.ts';
import { periodChoices, periodKeyOf, periodText } from './period.ts';
import { useDeleteIntake, useEditIntake, useIntake, useSaveIntake } from './queries.ts';
import { ReportText } from './ReportText.tsx';
import { anchorDomId, documentId, findingId, fromShown, type Marked } from './segments.ts';
import type { Intake, IntakeEdit } from './types.ts';
import { ValuesTable } from './ValuesTable.tsx';

const route = getRouteApi('/_app/doc-bao-cao/$communeId/$id');

export function IntakePage() {
  const { communeId, id } = route.useParams();
  const intake = useIntake(communeId, id);
  if (intake.isLoading) return <Loading />;
  if (intake.error || !intake.data)
    return <ErrorAlert error={intake.error} onRetry={() => void intake.refetch()} />;
  // Keyed by address: a move opens the report anew, without the changes sent with it.
  return <IntakeView key={`${communeId}/${id}`} intake={intake.data} />;
}

/** The changes typed but not sent, as the API takes them (rates back to fractions). */
function editOf(intake: Intake, drafts: Record<string, number | null>, period: string | null): IntakeEdit {
  const values = Object.entries(drafts).flatMap(([key, shown]) => {
    const v = intake.values.find((x) => x.key === key);
    if (!v) return [];
    const value = shown === null ? null : fromShown(shown, v.rate);
    return value === v.value ? [] : [{ key, value }];
  });
  return {
    ...(period && period !== periodKeyOf(intake.period) ? { period } : {}),
    ...(values.length ? { values } : {}),
  };
}

/**
 * Side by side: the report text with every value, cited document and finding highlighted, and the
 * values (editable) with the findings and the cited documents beside it. Saved, the values become the commune's figures for the period.
 */
function IntakeView({ intake }: { intake: Intake }) {
  const communeId = intake.commune.id;
  const edit = useEditIntake(communeId, intake.id);
  const save = useSaveIntake(communeId, intake.id);
  const remove = useDeleteIntake(communeId, intake.id);
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const [period, setPeriod] = useState<string | null>(periodKeyOf(intake.period));
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const marks = useMemo<Marked[]>(
    () => [
      ...intake.values.flatMap((v) => (v.span ? [{ id: v.key, span: v.span }] : [])),
      ...intake.documents.map((d, i) => ({ id: documentId(i), span: d.span })),
      ...intake.findings.flatMap((f, i) => f.spans.map((span) => ({ id: findingId(i), span }))),
    ],
    [intake],
  );
  const pending = editOf(intake, drafts, period);
  const changes = (pending.values?.length ?? 0) + (pending.period ? 1 : 0);

  const pick = (target: string) => {
    setActive(target);
    document.getElementById(anchorDomId(target))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const onDraft = (key: string, shown: number | null | undefined) =>
    setDrafts((d) => {
      const { [key]: _, ...rest } = d;
      return shown === undefined ? rest : { ...rest, [key]: shown };
    });

  async function sendEdits() {
    setNotice(null);
    if (changes > 0) await edit.mutateAsync(pending);
    setDrafts({});
  }
  async function saveFigures() {
    await sendEdits();
    await save.mutateAsync(undefined);
    setNotice(m.savedFigures);
  }
  const error = edit.error ?? save.error ?? remove.error;
  const fieldError = (name: string) =>
    error && 'fields' in error ? (error.fields as Record<string, string>)[name] : undefined;

  return (
    <Stack>
      <AnchorLink to="/doc-bao-cao" size="sm">
        ← {m.back}
      </AnchorLink>
      <Group justify="space-between" align="end">
        <div>
          <Title order={1} size="h2">
            {intake.commune.name} — {intake.fileName}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge color={statusColor[intake.status]} variant="light">
              {m.status[intake.status]}
            </Badge>
            <Text size="sm">{intake.period ? periodText(intake.period) : m.noPeriod}</Text>
          </Group>
        </div>
        <Group align="end">
          <Select
            label={m.period}
            data={periodChoices(intake.period, new Date())}
            value={period}
            onChange={setPeriod}
            placeholder={intake.period ? periodText(intake.period) : m.noPeriod}
            description={intake.detected.period ? m.periodDetected(intake.detected.period.text) : undefined}
            error={fieldError('period') ?? fieldError('body.period')}
            w={240}
          />
          <Button
            variant="default"
            onClick={() => void sendEdits()}
            disabled={changes === 0}
            loading={edit.isPending}
          >
            {m.saveEdits}
          </Button>
          <Button
            onClick={() => void saveFigures()}
            loading={save.isPending}
            disabled={!intake.period && !pending.period}
          >
            {m.saveFigures}
          </Button>
        </Group>
      </Group>
      <MoveCommune intake={intake} pending={pending} />
      {!intake.period && <Alert color="yellow">{m.periodMissing}</Alert>}
      {intake.status === 'saved' && !notice && <Alert color="green">{m.alreadySaved}</Alert>}
      {intake.status === 'superseded' && <Alert color="gray">{m.superseded}</Alert>}
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {changes > 0 && (
        <Text size="sm" c="orange">
          {m.unsaved(changes)}
        </Text>
      )}
      {error && <ErrorAlert error={error} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ReportText text={intake.text} marks={marks} active={active} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ValuesTable
              values={intake.values}
              drafts={drafts}
              active={active}
              onDraft={onDraft}
              onPick={pick}
            />
            {intake.status !== 'superseded' && (
              <AddValue
                present={new Set(intake.values.map((v) => v.key))}
                pending={edit.isPending}
                onAdd={(key, value) => edit.mutateAsync({ values: [{ key, value }] })}
              />
            )}
            <FindingsList findings={intake.findings} values={intake.values} active={active} onPick={pick} />
            <DocumentsList documents={intake.documents} active={active} onPick={pick} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Group>
        <Button
          variant="subtle"
          color="red"
          loading={remove.isPending}
          onClick={() => {
            if (!window.confirm(m.deleteConfirm)) return;
            void remove.mutateAsync().then(() => navigate({ to: '/doc-bao-cao' }));
          }}
        >
          {m.delete}
        </Button>
      </Group>
    </Stack>
  );
}
