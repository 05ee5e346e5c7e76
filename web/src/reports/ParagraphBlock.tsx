import { Alert, Badge, Box, Button, Group, List, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatTime } from '../lib/format.ts';
import { indicatorLabel } from '../rollup/indicators.ts';
import { driftedFigures, type Segment, segments } from './figures.ts';
import { editor as m, view } from './messages.ts';
import type { Figure, Paragraph, SavedSection } from './types.ts';

/** Saves one paragraph's text with its section's revision (queued per section by the page). */
export type SaveParagraph = (sectionId: string, paragraphId: string, text: string) => Promise<SavedSection>;

const AUTOSAVE_MS = 1200;

function FigureMark({ figure }: { figure: Figure }) {
  return (
    <mark
      data-indicator={figure.key}
      title={view.figureHint(indicatorLabel(figure.key))}
      style={{
        background: 'var(--mantine-color-yellow-1)',
        borderBottom: '2px solid var(--mantine-color-yellow-6)',
        padding: '0 2px',
      }}
    >
      {figure.text}
    </mark>
  );
}

/** A paragraph as printed, its figures highlighted and linked (by their title) to their indicators. */
export function ParagraphText({ p }: { p: Paragraph }) {
  if (p.text.trim() === '')
    return (
      <Text c="dimmed" fs="italic">
        {view.empty}
      </Text>
    );
  const parts: Segment[] = p.kind === 'generated' ? segments(p.text, p.figures) : [{ at: 0, text: p.text }];
  return (
    <Text style={{ whiteSpace: 'pre-wrap', textAlign: 'justify' }}>
      {parts.map((s) =>
        s.figure ? <FigureMark key={s.at} figure={s.figure} /> : <span key={s.at}>{s.text}</span>,
      )}
    </Text>
  );
}

function DriftWarning({ p, text }: { p: Paragraph; text: string }) {
  const drifted = driftedFigures(p, text);
  if (drifted.length === 0) return null;
  return (
    <Alert color="orange" variant="light" p="xs" role="status">
      <Text size="sm" fw={600}>
        {m.drifted}
      </Text>
      <List size="sm">
        {drifted.map((r) => (
          <List.Item key={`${r.figure.key}-${r.figure.text}`}>
            {r.state === 'edited'
              ? m.driftEdited(indicatorLabel(r.figure.key), r.figure.text, r.text)
              : m.driftMissing(indicatorLabel(r.figure.key), r.figure.text)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

type SaveState =
  | { state: 'idle' | 'dirty' | 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; message: string };

/**
 * An editable paragraph. Judgement text is a text box at once; a generated paragraph shows its
 * figures highlighted until the official chooses to edit it. Typing autosaves after a pause and
 * on leaving the box.
 */
export function ParagraphEditor(props: {
  p: Paragraph;
  sectionId: string;
  label: string;
  save: SaveParagraph;
}) {
  const { p } = props;
  const [value, setValue] = useState(p.text);
  const [editing, setEditing] = useState(p.kind === 'judgement' || p.text !== p.generated);
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const lastSaved = useRef(p.text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Text typed but not yet sent. Leaving the page inside the app sends it on the way out; closing
  // the tab first asks the browser to confirm.
  const pending = useRef<string | null>(null);
  const save = useRef(props.save);
  save.current = props.save;
  const { sectionId } = props;
  const paragraphId = p.id;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current !== null)
        void save.current(sectionId, paragraphId, pending.current).catch(() => undefined);
    },
    [sectionId, paragraphId],
  );
  const unsaved = status.state === 'dirty' || status.state === 'saving';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const flush = async (text: string) => {
    clearTimeout(timer.current);
    pending.current = null;
    if (text === lastSaved.current) {
      // Typed and put back: nothing to save.
      setStatus((st) => (st.state === 'dirty' ? { state: 'idle' } : st));
      return;
    }
    setStatus({ state: 'saving' });
    try {
      const saved = await props.save(props.sectionId, p.id, text);
      lastSaved.current = text;
      setStatus({ state: 'saved', at: saved.updatedAt });
    } catch (e) {
      setStatus({ state: 'error', message: e instanceof Error ? e.message : m.saveFailed });
    }
  };

  const statusText =
    status.state === 'saving'
      ? m.saving
      : status.state === 'saved'
        ? m.saved(formatTime(status.at))
        : status.state === 'dirty'
          ? m.unsaved
          : status.state === 'error'
            ? `${m.saveFailed}: ${status.message}`
            : '';

  return (
    <Box>
      <Group gap="xs" mb={4}>
        <Badge size="xs" variant="light" color={p.kind === 'generated' ? 'indigo' : 'teal'}>
          {p.kind === 'generated' ? m.generatedBadge : m.judgementBadge}
        </Badge>
        {p.kind === 'generated' && value !== p.generated && (
          <Badge size="xs" variant="light" color="orange">
            {m.editedBadge}
          </Badge>
        )}
        <Text size="xs" c={status.state === 'error' ? 'red.8' : 'dimmed'} aria-live="polite">
          {statusText}
        </Text>
      </Group>
      {editing ? (
        <Textarea
          aria-label={props.label}
          value={value}
          autosize
          minRows={2}
          placeholder={p.kind === 'judgement' ? m.placeholder : undefined}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setValue(text);
            setStatus({ state: 'dirty' });
            pending.current = text;
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void flush(text), AUTOSAVE_MS);
          }}
          onBlur={() => void flush(value)}
        />
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Box style={{ flex: 1 }}>
            <ParagraphText p={{ ...p, text: value }} />
          </Box>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setEditing(true)}
            aria-label={`${m.edit}: ${props.label}`}
          >
            {m.edit}
          </Button>
        </Group>
      )}
      {editing && p.kind === 'generated' && (
        <Group gap={6} mt={4}>
          {[...new Map(p.figures.map((f) => [`${f.key}:${f.text}`, f])).entries()].map(([k, f]) => (
            <Badge key={k} size="sm" variant="outline" color="gray" tt="none" title={f.key}>
              {indicatorLabel(f.key)}: {f.text}
            </Badge>
          ))}
        </Group>
      )}
      <Box mt={4}>
        <DriftWarning p={p} text={value} />
      </Box>
    </Box>
  );
}
