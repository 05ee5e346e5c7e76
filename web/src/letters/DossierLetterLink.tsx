import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import { AnchorLink } from '../shell/links.tsx';
import { dossierLetter as m } from './messages.ts';
import type { Letter } from './types.ts';

/**
 * On a returned civil-status dossier's page: the congratulation or condolence letter proposed when
 * its result was returned, one click away.
 */
export function DossierLetterLink({ communeId, dossierId }: { communeId: string; dossierId: string }) {
  const letters = useQuery({
    queryKey: ['letters', communeId, { dossierId }],
    queryFn: ({ signal }) =>
      api<{ items: Letter[] }>(
        withQuery(`/api/communes/${encodeURIComponent(communeId)}/letters`, { dossierId, limit: 1 }),
        { signal },
      ),
  });
  const letter = letters.data?.items[0];
  if (!letter) return null;
  return (
    <Alert color="teal" variant="light">
      <Text size="sm">
        {m.proposed(letter.kindLabel, letter.statusLabel)}{' '}
        <AnchorLink to="/dan-van/thu/$id" params={{ id: letter.id }}>
          {m.open}
        </AnchorLink>
      </Text>
    </Alert>
  );
}
