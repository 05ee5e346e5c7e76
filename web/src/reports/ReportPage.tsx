import { Alert, Badge, Box, Button, Flex, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../lib/api.ts';
import { formatDate, formatDateTime, parseDate, vnDate } from '../lib/format.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import { editor as e, view as m, statusLabels } from './messages.ts';
import {
  reportFileUrl,
  reportKey,
  useChecks,
  useDeleteReport,
  useReport,
  useReportAction,
  useSaveHeader,
  useSaveParagraph,
  useSaveSection,
} from './queries.ts';
import { HeaderForm, HeaderView } from './ReportHeader.tsx';
import { type SectionChange, SectionTree } from './SectionTree.tsx';
import type { CheckItem, Paragraph, Report, SavedSection, Section } from './types.ts';

const route = getRouteApi('/_app/bao-cao/$id');

/** One report: the editor for a draft the caller may edit, else the read-only document. */
export function ReportPage() {
  const { id } = route.useParams();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const report = useReport(communeId, id);

  if (commune.isLoading || (report.isPending && communeId)) return <Loading />;
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data || !communeId) return <Loading />;
  return <ReportEditor key={report.data.id} report={report.data} communeId={communeId} />;
}

function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    const found = s.id === id ? s : findSection(s.children, id);
    if (found) return found;
  }
  return undefined;
}

const replaceSection = (sections: Section[], saved: SavedSection): Section[] =>
  sections.map((s) =>
    s.id === saved.sectionId
      ? { ...s, paragraphs: saved.paragraphs as Paragraph[] }
      : { ...s, children: replaceSection(s.children, saved) },
  );

function ReportEditor({ report, communeId }: { report: Report; communeId: string }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = report.id;
  const can = (a: Report['actions'][number]) => report.actions.includes(a);
  const editable = can('edit');

  // Revisions the client started from, per section; saves of one section run one after another
  // so a second paragraph never sends the revision the first one just used.
  const revisions = useRef(new Map<string, number>());
  const queues = useRef(new Map<string, Promise<unknown>>());
  const [generation, setGeneration] = useState(0);
  const [reloads, setReloads] = useState<Record<string, number>>({});
  const [conflicts, setConflicts] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const [showChecks, setShowChecks] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [finaliseOpen, setFinaliseOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [headerReload, setHeaderReload] = useState(0);
  const [keptEdited, setKeptEdited] = useState<string[]>([]);

  const resetRevisions = useCallback((r: Report) => {
    revisions.current = new Map(r.sections.map((s) => [s.sectionId, s.revision]));
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new generation (whole report replaced) resets them
  useEffect(() => resetRevisions(report), [generation, resetRevisions]);

  const saveParagraph = useSaveParagraph(communeId, id);
  const saveSection = useSaveSection(communeId, id);
  const saveHeader = useSaveHeader(communeId, id);
  const regenerate = useReportAction(communeId, id, 'regenerate');
  const finalise = useReportAction(communeId, id, 'finalise');
  const newVersion = useReportAction(communeId, id, 'versions');
  const remove = useDeleteReport(communeId, id);
  const checks = useChecks(communeId, id, showChecks);

  const refetchReport = async () => {
    await qc.refetchQueries({ queryKey: reportKey(communeId, id), exact: true });
    return qc.getQueryData<Report>(reportKey(communeId, id));
  };

  /** A stale revision: tell who saved (the server's message) and reload that section only. */
  const reloadSection = async (sectionId: string, message: string) => {
    const r = await refetchReport();
    revisions.current.set(sectionId, r?.sections.find((s) => s.sectionId === sectionId)?.revision ?? 0);
    setConflicts((c) => ({ ...c, [sectionId]: message }));
    setReloads((x) => ({ ...x, [sectionId]: (x[sectionId] ?? 0) + 1 }));
  };

  /** Runs a write of one section after the writes already queued for it. */
  const enqueue = <T,>(sectionId: string, run: () => Promise<T>): Promise<T> => {
    const next = (queues.current.get(sectionId) ?? Promise.resolve()).then(run, run);
    queues.current.set(
      sectionId,
      next.catch(() => undefined),
    );
    return next;
  };

  /** A saved section into the cache (what the checks and a later section edit start from). */
  const applySaved = (saved: SavedSection) => {
    revisions.current.set(saved.sectionId, saved.revision);
    qc.setQueryData<Report>(reportKey(communeId, id), (old) =>
      old
        ? {
            ...old,
            content: { ...old.content, sections: replaceSection(old.content.sections, saved) },
            sections: [
              ...old.sections.filter((s) => s.sectionId !== saved.sectionId),
              {
                sectionId: saved.sectionId,
                revision: saved.revision,
                updatedBy: null,
                updatedAt: saved.updatedAt,
              },
            ],
          }
        : old,
    );
    setConflicts(({ [saved.sectionId]: _, ...rest }) => rest);
  };

  const onConflict = async (sectionId: string, err: unknown) => {
    if (isApiError(err) && err.status === 409) await reloadSection(sectionId, err.message);
    throw err;
  };

  const save = (sectionId: string, paragraphId: string, text: string): Promise<SavedSection> =>
    enqueue(sectionId, async () => {
      try {
        const saved = await saveParagraph.mutateAsync({
          paragraphId,
          revision: revisions.current.get(sectionId) ?? 0,
          text,
        });
        applySaved(saved);
        return saved;
      } catch (err) {
        return onConflict(sectionId, err);
      }
    });

  /** Adds or removes paragraphs; the list is taken when the queue reaches it (after pending saves). */
  const edit = (sectionId: string, change: SectionChange) =>
    enqueue(sectionId, async () => {
      const current = qc.getQueryData<Report>(reportKey(communeId, id))?.content.sections ?? [];
      const section = findSection(current, sectionId);
      try {
        const saved = await saveSection.mutateAsync({
          sectionId,
          revision: revisions.current.get(sectionId) ?? 0,
          paragraphs: change(section?.paragraphs ?? []),
        });
        applySaved(saved);
        setReloads((x) => ({ ...x, [sectionId]: (x[sectionId] ?? 0) + 1 }));
      } catch (err) {
        await onConflict(sectionId, err).catch((e: unknown) =>
          setNotice({ color: 'red', text: e instanceof Error ? e.message : String(e) }),
        );
      }
    });

  const goTo = (item: CheckItem) => {
    const target = item.paragraphId ?? item.sectionId;
    const el = document.getElementById(item.paragraphId ? `p-${item.paragraphId}` : `s-${item.sectionId}`);
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    (el.querySelector('textarea') ?? el).focus({ preventScroll: true });
    setHighlight(target);
  };
  useEffect(() => {
    if (!highlight) return;
    const t = setTimeout(() => setHighlight(null), 4000);
    return () => clearTimeout(t);
  }, [highlight]);

  const replaced = (r: Report, text: string, color = 'green') => {
    resetRevisions(r);
    setGeneration((g) => g + 1);
    setReloads({});
    setConflicts({});
    setNotice({ color, text });
  };

  /** Refreshes the figures; paragraphs an official edited are kept unless `overwrite` names them. */
  const onRegenerate = (overwrite: string[] = []) =>
    regenerate.mutate(
      { overwrite },
      {
        onSuccess: (r) => {
          const kept = (r as Report & { keptEdited: string[] }).keptEdited;
          replaced(r, e.regenerated(kept.length));
          setKeptEdited(kept);
        },
        onError: (err) => setNotice({ color: 'red', text: err.message }),
      },
    );

  const onFinalise = (date: string) =>
    finalise.mutate(
      { date },
      {
        onSuccess: (r) => {
          setFinaliseOpen(false);
          replaced(r, e.finalised(r.reference ?? ''));
        },
        onError: (err) => {
          setFinaliseOpen(false);
          setNotice({
            color: 'red',
            text: `${err.message} ${isApiError(err) && err.status === 409 ? e.finaliseRefused : ''}`,
          });
          if (isApiError(err) && err.status === 409) {
            setShowChecks(true);
            void checks.refetch();
          }
        },
      },
    );

  const onNewVersion = () =>
    newVersion.mutate(
      {},
      {
        onSuccess: (r) =>
          void navigate({ to: '/bao-cao/$id', params: { id: r.id }, search: (p) => ({ xa: p.xa }) }),
        onError: (err) => setNotice({ color: 'red', text: err.message }),
      },
    );

  const onDelete = () =>
    remove.mutate(undefined, {
      onSuccess: () => void navigate({ to: '/bao-cao', search: (p) => ({ xa: p.xa }) }),
      onError: (err) => {
        setDeleteOpen(false);
        setNotice({ color: 'red', text: err.message });
      },
    });

  const c = report.content;
  const headerRevision = report.sections.find((s) => s.sectionId === 'header')?.revision ?? 0;

  return (
    <Stack gap="md">
      <AnchorLink to="/bao-cao" search={(p) => ({ xa: p.xa })} size="sm">
        ← {m.back}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {report.genreLabel} {c.period.label}
        </Title>
        <Group gap="xs">
          <Text fw={600}>{c.commune.name}</Text>
          <Badge color={report.status === 'final' ? 'green.8' : 'orange.8'} variant="filled">
            {statusLabels[report.status]}
          </Badge>
          <Badge variant="light" color="gray">
            {m.version(report.version)}
          </Badge>
          <Text fw={700} data-testid="so-bao-cao">
            {report.reference ? m.number(report.reference) : m.noNumber}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {report.finalisedAt
            ? m.finalisedAt(formatDateTime(report.finalisedAt))
            : m.updated(report.updatedBy, formatDateTime(report.updatedAt))}
        </Text>
      </Stack>

      <Group gap="sm">
        {can('regenerate') && (
          <Button variant="light" onClick={() => onRegenerate()} loading={regenerate.isPending}>
            {e.regenerate}
          </Button>
        )}
        {can('check') && (
          <Button
            variant="light"
            onClick={() => {
              setShowChecks(true);
              void checks.refetch();
            }}
          >
            {e.check}
          </Button>
        )}
        {can('finalise') && <Button onClick={() => setFinaliseOpen(true)}>{e.finalise}</Button>}
        {can('newVersion') && (
          <Button variant="light" onClick={onNewVersion} loading={newVersion.isPending}>
            {e.newVersion}
          </Button>
        )}
        {can('download') && (
          <>
            <Button component="a" variant="default" href={reportFileUrl(communeId, id, 'docx')} download>
              {m.downloadDocx}
            </Button>
            <Button
              component="a"
              variant="default"
              href={reportFileUrl(communeId, id, 'preview')}
              target="_blank"
              rel="noopener"
              title={m.previewHint}
            >
              {m.preview}
            </Button>
          </>
        )}
        {can('delete') && (
          <Button variant="subtle" color="red.8" onClick={() => setDeleteOpen(true)}>
            {e.delete}
          </Button>
        )}
      </Group>

      {notice && (
        <Alert
          color={notice.color}
          variant="light"
          role={notice.color === 'red' ? 'alert' : 'status'}
          withCloseButton
          onClose={() => {
            setNotice(null);
            setKeptEdited([]);
          }}
        >
          {notice.text}
          {keptEdited.length > 0 && can('regenerate') && (
            <Button size="xs" variant="light" color="orange" ml="sm" onClick={() => onRegenerate(keptEdited)}>
              {e.overwrite(keptEdited.length)}
            </Button>
          )}
        </Alert>
      )}
      {report.status === 'final' ? (
        <Alert color="gray" variant="light">
          {m.frozen}
        </Alert>
      ) : (
        !editable && (
          <Alert color="gray" variant="light">
            {m.readOnly}
          </Alert>
        )
      )}

      <Flex gap="lg" direction={{ base: 'column', lg: 'row' }} align="flex-start">
        <Box style={{ flex: 1, minWidth: 0 }} w="100%">
          <Stack gap="lg">
            {editable ? (
              <HeaderForm
                key={`${generation}-${headerReload}`}
                report={report}
                revision={headerRevision}
                saving={saveHeader.isPending}
                onSave={(input) =>
                  saveHeader.mutateAsync(input).catch(async (err) => {
                    if (!(isApiError(err) && err.status === 409)) throw err;
                    await refetchReport();
                    setNotice({ color: 'yellow', text: `${err.message} ${e.conflict}` });
                    setHeaderReload((n) => n + 1);
                  })
                }
              />
            ) : (
              <HeaderView report={report} />
            )}
            <SectionTree
              key={generation}
              sections={c.sections}
              highlight={highlight}
              editing={editable ? { save, edit, reloads, conflicts } : undefined}
            />
          </Stack>
        </Box>
        {showChecks && (
          <Box w={{ base: '100%', lg: 380 }} style={{ position: 'sticky', top: 70, flexShrink: 0 }}>
            <ChecksPanel
              result={checks.data}
              isPending={checks.isFetching && !checks.data}
              error={checks.error}
              onRetry={() => void checks.refetch()}
              onGoTo={goTo}
            />
          </Box>
        )}
      </Flex>

      <Modal opened={finaliseOpen} onClose={() => setFinaliseOpen(false)} title={e.finaliseTitle}>
        <FinaliseForm
          pending={finalise.isPending}
          onConfirm={onFinalise}
          onCancel={() => setFinaliseOpen(false)}
        />
      </Modal>
      <Modal opened={deleteOpen} onClose={() => setDeleteOpen(false)} title={e.deleteTitle}>
        <Stack>
          <Text size="sm">{e.deleteText}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleteOpen(false)}>
              {e.cancel}
            </Button>
            <Button color="red.8" onClick={onDelete} loading={remove.isPending}>
              {e.delete}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function FinaliseForm(props: { pending: boolean; onConfirm: (date: string) => void; onCancel: () => void }) {
  const [date, setDate] = useState(formatDate(vnDate()));
  const [error, setError] = useState<string>();
  return (
    <Stack
      component="form"
      onSubmit={(ev) => {
        ev.preventDefault();
        const iso = parseDate(date);
        if (!iso) return setError(m.invalidDate);
        props.onConfirm(iso);
      }}
    >
      <Text size="sm">{e.finaliseText}</Text>
      <DateField label={e.finaliseDate} value={date} onChange={setDate} error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {e.cancel}
        </Button>
        <Button type="submit" loading={props.pending}>
          {e.finaliseConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
