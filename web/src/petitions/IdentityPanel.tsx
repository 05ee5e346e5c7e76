import { Alert, Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { identity as m } from './messages.ts';
import { attachmentUrl } from './queries.ts';
import type { PetitionDetail } from './types.ts';

/**
 * A denunciation's submitter. The API sends `identity` only to the commune's leader and the
 * assigned official (and audits the read); for everyone else the field is absent and this panel
 * says only that the identity is protected.
 */
export function IdentityPanel({ communeId, p }: { communeId: string; p: PetitionDetail }) {
  if (p.kind !== 'denunciation') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nguoi-to-cao">
      <Title order={2} size="h4" id="nguoi-to-cao" mb="sm">
        {m.title}
      </Title>
      {p.anonymous ? (
        <Text size="sm">{m.anonymous}</Text>
      ) : !p.identity ? (
        <Stack gap={4} data-testid="danh-tinh-bao-mat">
          <Text fw={600}>{m.protected}</Text>
          <Text size="sm" c="dimmed">
            {m.protectedHint}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color="orange.9" variant="outline" role="note">
            {m.audited}
          </Alert>
          <Table fz="sm" verticalSpacing={6} withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" w="35%">
                  {m.name}
                </Table.Th>
                <Table.Td>{p.identity.fullName}</Table.Td>
              </Table.Tr>
              {p.identity.address && (
                <Table.Tr>
                  <Table.Th scope="row">{m.address}</Table.Th>
                  <Table.Td>{p.identity.address}</Table.Td>
                </Table.Tr>
              )}
              {p.identity.contact && (
                <Table.Tr>
                  <Table.Th scope="row">{m.contact}</Table.Th>
                  <Table.Td>{p.identity.contact}</Table.Td>
                </Table.Tr>
              )}
              {p.identity.note && (
                <Table.Tr>
                  <Table.Th scope="row">{m.note}</Table.Th>
                  <Table.Td>{p.identity.note}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
          {p.identity.files.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {m.files}
              </Text>
              {p.identity.files.map((f) => (
                <Anchor key={f.id} href={attachmentUrl(communeId, p.id, f.id)} size="sm">
                  {f.fileName}
                </Anchor>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
