import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { formatDate } from '../lib/format.ts';
import { m } from './messages.ts';
import { documentId } from './segments.ts';
import type { CitedDocument } from './types.ts';

/** The documents the report cites, in text order; choosing one shows its citation in the text. */
export function DocumentsList({
  documents,
  active,
  onPick,
}: {
  documents: CitedDocument[];
  active: string | null;
  onPick: (id: string) => void;
}) {
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {m.documents}
      </Title>
      {documents.length === 0 ? (
        <Text c="dimmed">{m.noDocuments}</Text>
      ) : (
        <Stack
          gap={4}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="intake-documents"
        >
          {documents.map((d, i) => (
            <li key={documentId(i)}>
              <UnstyledButton
                onClick={() => onPick(documentId(i))}
                aria-label={m.showDocument(d.type, d.reference)}
                p={6}
                w="100%"
                style={{
                  borderRadius: 4,
                  background: active === documentId(i) ? 'var(--mantine-color-blue-0)' : undefined,
                }}
              >
                <Group gap={6} wrap="wrap">
                  <Badge size="sm" variant="light">
                    {d.type}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {m.documentNumber(d.reference)}
                  </Text>
                  {d.date && <Text size="sm">{m.documentDate(formatDate(d.date))}</Text>}
                  {d.issuer && (
                    <Text size="sm" c="dimmed">
                      {d.issuer}
                    </Text>
                  )}
                </Group>
                {d.summary && (
                  <Text size="sm" mt={2}>
                    {d.summary}
                  </Text>
                )}
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
