import { Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useRef, useState } from 'react';
import { isApiError } from '../lib/api.ts';
import type { CommuneSummary } from '../lib/types.ts';
import { AnchorLink } from '../shell/links.tsx';
import { m } from './messages.ts';
import { uploadReport } from './queries.ts';
import type { Intake } from './types.ts';

const MAX_BYTES = 5 * 1024 * 1024;

interface Item {
  key: number;
  file: File;
  state: 'waiting' | 'sending' | 'reading' | 'done' | 'failed';
  sent: number;
  intake?: Intake;
  error?: unknown;
  /** The server could not tell the commune from the text: the user picks one and retries. */
  needsCommune?: boolean;
  communeId?: string | null;
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const stateColor = {
  waiting: 'gray',
  sending: 'blue',
  reading: 'blue',
  done: 'green',
  failed: 'red',
} as const;

/**
 * Drag and drop or pick one or many report files; each is sent in turn with its own progress,
 * and lands in the list with a link to check it. A file whose commune cannot be read gets a
 * commune picker and a retry.
 */
export function UploadPanel({ communes }: { communes: CommuneSummary[] }) {
  const [items, setItems] = useState<Item[]>([]);
  const [communeId, setCommuneId] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const queue = useRef(Promise.resolve());
  const qc = useQueryClient();
  const options = communes.map((c) => ({ value: c.id, label: c.name }));

  const patch = (key: number, p: Partial<Item>) =>
    setItems((all) => all.map((it) => (it.key === key ? { ...it, ...p } : it)));

  async function send(item: Item, chosen: string | null) {
    if (item.file.size > MAX_BYTES) {
      patch(item.key, { state: 'failed', error: new Error(m.tooLarge(item.file.name)) });
      return;
    }
    patch(item.key, { state: 'sending', sent: 0, error: undefined, needsCommune: false });
    try {
      const contentBase64 = await base64Of(item.file);
      const res = await uploadReport(
        { fileName: item.file.name, contentBase64 },
        chosen ?? undefined,
        (sent) => patch(item.key, { sent, state: sent >= 1 ? 'reading' : 'sending' }),
      );
      patch(item.key, { state: 'done', sent: 1, intake: res.items[0] });
      void qc.invalidateQueries({ queryKey: ['intakes'] });
    } catch (error) {
      patch(item.key, {
        state: 'failed',
        error,
        needsCommune: isApiError(error) && 'communeId' in error.fields,
      });
    }
  }

  // One file at a time: a province uploading a hundred reports does not flood the server.
  const enqueue = (item: Item, chosen: string | null) => {
    queue.current = queue.current.then(() => send(item, chosen));
  };

  function add(files: FileList | null) {
    if (!files) return;
    const added = [...files].map((file) => ({
      key: nextKey.current++,
      file,
      state: 'waiting' as const,
      sent: 0,
    }));
    setItems((all) => [...added, ...all]);
    // Commune staff have one commune: their reports are theirs whatever the text calls it.
    const only = communes.length === 1 ? (communes[0]?.id ?? null) : null;
    for (const it of added) enqueue(it, communeId ?? only);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  const finished = items.filter((i) => i.state === 'done' || i.state === 'failed').length;

  return (
    <Stack>
      {communes.length > 1 && (
        <Select
          label={m.commune}
          placeholder={m.communeAuto}
          data={options}
          value={communeId}
          onChange={setCommuneId}
          clearable
          searchable
          maw={420}
        />
      )}
      <Paper
        withBorder
        p="xl"
        radius="md"
        data-testid="intake-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', background: over ? 'var(--mantine-color-blue-0)' : undefined }}
      >
        <Stack align="center" gap="xs">
          <Text fw={500}>{m.dropHere}</Text>
          <Text size="sm" c="dimmed">
            {m.orPick}
          </Text>
          <Button variant="light" onClick={() => input.current?.click()}>
            {m.pick}
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            aria-label={m.pick}
            accept=".docx,.txt,.pdf,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              add(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <Text size="xs" c="dimmed">
            {m.accepted}
          </Text>
        </Stack>
      </Paper>
      {items.length > 0 && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm">{m.progress(finished, items.length)}</Text>
          <Progress value={(finished / items.length) * 100} aria-label={m.progress(finished, items.length)} />
          <Table>
            <Table.Tbody>
              {items.map((it) => (
                <Table.Tr key={it.key}>
                  <Table.Td>{it.file.name}</Table.Td>
                  <Table.Td w={220}>
                    <Badge color={stateColor[it.state]} variant="light">
                      {m[it.state]}
                    </Badge>
                    {it.state === 'sending' && <Progress value={it.sent * 100} size="xs" mt={4} />}
                  </Table.Td>
                  <Table.Td>
                    {it.state === 'done' && it.intake && (
                      <AnchorLink
                        to="/doc-bao-cao/$communeId/$id"
                        params={{ communeId: it.intake.commune.id, id: it.intake.id }}
                      >
                        {m.open}: {it.intake.commune.name}
                      </AnchorLink>
                    )}
                    {it.state === 'failed' && (
                      <Stack gap={4}>
                        <Text size="sm" c="red" role="alert">
                          {it.error instanceof Error ? it.error.message : String(it.error)}
                        </Text>
                        {it.needsCommune && (
                          <Group gap="xs" align="end">
                            <Select
                              label={m.communeRetry}
                              data={options}
                              value={it.communeId ?? null}
                              onChange={(v) => patch(it.key, { communeId: v })}
                              searchable
                              size="xs"
                            />
                            <Button
                              size="xs"
                              disabled={!it.communeId}
                              onClick={() => enqueue(it, it.communeId ?? null)}
                            >
                              {m.retry}
                            </Button>
                          </Group>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
