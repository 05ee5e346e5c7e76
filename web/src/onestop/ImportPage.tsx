import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { upload } from '../lib/upload.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { ImportFailure } from './ImportFailure.tsx';
import { ImportMapping } from './ImportMapping.tsx';
import { contentTypeOf, type ImportKind, mappingToSend, previewSlice } from './import-file.ts';
import type { HeaderPreview, ImportResult } from './import-types.ts';
import { importFile as m } from './messages.ts';
import { useImportLayout } from './queries.ts';

type Phase =
  | { step: 'idle' }
  | { step: 'previewing' }
  | { step: 'sending'; sent: number }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; error: unknown };

const enc = encodeURIComponent;

/**
 * Imports a provincial export or a procedure catalogue: the top of the file is read first to show
 * which column is which (editable, saved for next time), then the whole file streams to the server
 * with a progress bar. A refused file lists every row to fix; nothing is written.
 */
export function ImportPage() {
  const role = useSession().data?.user.role;
  const communeId = useCurrentCommune().current?.id;
  const [kind, setKind] = useState<ImportKind>('dossiers');
  const layout = useImportLayout(communeId, kind);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<HeaderPreview | null>(null);
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const qc = useQueryClient();

  if (role && !canWriteOnestop(role)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.forbidden}</Text>
      </Stack>
    );
  }
  if (!communeId) return <Loading />;

  const reset = (next: File | null, nextKind = kind) => {
    abort.current?.abort();
    setFile(next);
    setPreview(null);
    setChosen({});
    setPhase({ step: 'idle' });
    if (next) void readPreview(next, nextKind);
  };

  async function readPreview(f: File, k: ImportKind) {
    setPhase({ step: 'previewing' });
    try {
      const body = await previewSlice(f);
      const p = await upload<HeaderPreview>(
        `/api/communes/${enc(communeId ?? '')}/import-previews/${k}`,
        body,
        {
          contentType: contentTypeOf(f.name),
        },
      );
      setPreview(p);
      setChosen(p.columns);
      setPhase({ step: 'idle' });
    } catch (error) {
      setPhase({ step: 'failed', error });
    }
  }

  async function send(dryRun: boolean) {
    if (!file || !preview) return;
    const controller = new AbortController();
    abort.current = controller;
    const mapping = mappingToSend(preview.columns, chosen);
    const query = new URLSearchParams({ fileName: file.name, dryRun: String(dryRun) });
    if (mapping) query.set('mapping', JSON.stringify(mapping));
    const path = kind === 'dossiers' ? 'dossier-imports' : 'procedure-imports';
    setPhase({ step: 'sending', sent: 0 });
    try {
      const result = await upload<ImportResult>(
        `/api/communes/${enc(communeId ?? '')}/${path}?${query}`,
        file,
        {
          contentType: contentTypeOf(file.name),
          onProgress: (sent) => setPhase({ step: 'sending', sent }),
          signal: controller.signal,
        },
      );
      setPhase({ step: 'done', result });
      if (!dryRun) await qc.invalidateQueries();
    } catch (error) {
      if (!(error instanceof DOMException)) setPhase({ step: 'failed', error });
    }
  }

  const fields = layout.data?.fields ?? [];
  const missing = fields.filter((f) => f.required && !chosen[f.field]);
  const busy = phase.step === 'sending' || phase.step === 'previewing';

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.intro}</Text>
      </Stack>

      <Paper withBorder p="md">
        <Stack>
          <Stack gap={4}>
            <Text fw={500} size="sm" id="import-kind">
              {m.kind}
            </Text>
            <SegmentedControl
              aria-labelledby="import-kind"
              value={kind}
              disabled={busy}
              onChange={(v) => {
                const k = v as ImportKind;
                setKind(k);
                reset(file, k);
              }}
              data={[
                { value: 'dossiers', label: m.kinds.dossiers },
                { value: 'procedures', label: m.kinds.procedures },
              ]}
            />
          </Stack>
          <FileInput
            label={m.file}
            placeholder={m.filePlaceholder}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => reset(f)}
            disabled={busy}
            clearable
            description={fields.length > 0 ? m.layout(fields.map((f) => f.header)) : undefined}
          />
        </Stack>
      </Paper>

      {phase.step === 'previewing' && <Loading label={m.reading} />}
      {layout.isError && <ErrorAlert error={layout.error} onRetry={() => void layout.refetch()} />}

      {preview && fields.length > 0 && (
        <ImportMapping
          fields={fields}
          preview={preview}
          chosen={chosen}
          disabled={busy}
          onChange={(field, header) => setChosen((c) => ({ ...c, [field]: header }))}
        />
      )}

      {preview && (
        <Stack>
          {missing.length > 0 && (
            <Alert color="orange" variant="light">
              {m.missing(missing.length)}
            </Alert>
          )}
          <Group>
            <Button variant="default" disabled={busy || missing.length > 0} onClick={() => void send(true)}>
              {m.check}
            </Button>
            <Button disabled={busy || missing.length > 0} onClick={() => void send(false)}>
              {m.run}
            </Button>
          </Group>
        </Stack>
      )}

      {phase.step === 'sending' && <SendProgress sent={phase.sent} />}
      {phase.step === 'done' && <ResultAlert result={phase.result} />}
      {phase.step === 'failed' && <ImportFailure error={phase.error} />}
    </Stack>
  );
}

/** Upload progress, then an indeterminate bar while the server checks and writes. */
function SendProgress({ sent }: { sent: number }) {
  const uploading = sent < 1;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Progress
        aria-label={m.progressLabel}
        value={uploading ? sent * 100 : 100}
        striped={!uploading}
        animated={!uploading}
      />
      <Text size="sm" c="dimmed">
        {uploading ? m.uploading(formatPercent(sent)) : m.working}
      </Text>
    </Stack>
  );
}

function ResultAlert({ result }: { result: ImportResult }) {
  const n = [result.rows, result.inserted, result.updated, result.unchanged].map((v) => formatNumber(v)) as [
    string,
    string,
    string,
    string,
  ];
  return (
    <Alert color={result.dryRun ? 'blue' : 'green'} variant="light" role="status">
      {result.dryRun ? m.checked(...n) : m.done(...n)}
    </Alert>
  );
}
