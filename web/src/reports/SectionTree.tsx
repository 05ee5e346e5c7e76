import { Alert, Badge, Box, Button, Group, Stack, Title } from '@mantine/core';
import { editor as m } from './messages.ts';
import { ParagraphEditor, ParagraphText, type SaveParagraph } from './ParagraphBlock.tsx';
import type { Paragraph, Section } from './types.ts';

/** A section's new paragraph list, from its current one: `id` keeps a paragraph, none adds one. */
export type SectionChange = (current: readonly Paragraph[]) => { id?: string; text: string }[];

export interface TreeEditing {
  save: SaveParagraph;
  edit: (sectionId: string, change: SectionChange) => Promise<unknown>;
  /** Bumped per section when its text is reloaded from the server (remounts its editors). */
  reloads: Record<string, number>;
  conflicts: Record<string, string>;
}

/** A report's sections as a tree of numbered headings; editable when `editing` is given. */
export function SectionTree(props: {
  sections: readonly Section[];
  editing?: TreeEditing;
  highlight?: string | null;
}) {
  return (
    <Stack gap="lg">
      {props.sections.map((s) => (
        <SectionView key={s.id} section={s} editing={props.editing} highlight={props.highlight} />
      ))}
    </Stack>
  );
}

function SectionView({
  section,
  editing,
  highlight,
}: {
  section: Section;
  editing?: TreeEditing;
  highlight?: string | null;
}) {
  const name = `${section.number} ${section.title}`;
  const order = (section.level + 1) as 2 | 3 | 4;
  const reload = editing?.reloads[section.id] ?? 0;
  const conflict = editing?.conflicts[section.id];
  return (
    <Stack gap="sm" component="section" aria-labelledby={`s-${section.id}`} pl={section.level > 1 ? 'sm' : 0}>
      <Group gap="xs" align="baseline">
        <Title
          order={order}
          size={section.level === 1 ? 'h4' : 'h5'}
          id={`s-${section.id}`}
          tabIndex={-1}
          style={
            highlight === section.id ? { outline: '3px solid var(--mantine-color-orange-5)' } : undefined
          }
        >
          {name}
        </Title>
        {section.required && section.paragraphs.every((p) => p.text.trim() === '') && (
          <Badge size="xs" color="red" variant="light">
            {m.requiredEmpty}
          </Badge>
        )}
      </Group>
      {conflict && (
        <Alert color="yellow" variant="light" role="alert">
          {conflict} {m.conflict}
        </Alert>
      )}
      {section.paragraphs.map((p, i) => (
        <Box
          key={`${p.id}-${reload}`}
          id={`p-${p.id}`}
          data-paragraph={p.id}
          p={4}
          style={{
            borderRadius: 4,
            outline: highlight === p.id ? '3px solid var(--mantine-color-orange-5)' : undefined,
            transition: 'outline-color 0.3s',
          }}
        >
          {editing ? (
            <>
              <ParagraphEditor
                p={p}
                sectionId={section.id}
                label={m.paragraph(name, i + 1)}
                save={editing.save}
              />
              {p.kind === 'judgement' && section.paragraphs.length > 1 && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red.8"
                  mt={4}
                  aria-label={`${m.removeParagraph}: ${m.paragraph(name, i + 1)}`}
                  onClick={() =>
                    void editing.edit(section.id, (current) =>
                      current.filter((x) => x.id !== p.id).map((x) => ({ id: x.id, text: x.text })),
                    )
                  }
                >
                  {m.removeParagraph}
                </Button>
              )}
            </>
          ) : (
            <ParagraphText p={p} />
          )}
        </Box>
      ))}
      {editing && section.paragraphs.some((p) => p.kind === 'judgement') && (
        <div>
          <Button
            size="xs"
            variant="light"
            aria-label={`${m.addParagraph}: ${name}`}
            onClick={() =>
              void editing.edit(section.id, (current) => [
                ...current.map((x) => ({ id: x.id, text: x.text })),
                { text: '' },
              ])
            }
          >
            {m.addParagraph}
          </Button>
        </div>
      )}
      {section.children.map((c) => (
        <SectionView key={c.id} section={c} editing={editing} highlight={highlight} />
      ))}
    </Stack>
  );
}
