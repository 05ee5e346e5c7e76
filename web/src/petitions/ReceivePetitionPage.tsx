import { Stack, Text, Title } from '@mantine/core';
import { canWriteCivic } from '../civic/roles.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { receive as m, petition } from './messages.ts';
import { useReceivePetition } from './queries.ts';
import { ReceiveForm } from './ReceiveForm.tsx';

export function ReceivePetitionPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const mutation = useReceivePetition(commune.current?.id);

  if (commune.isLoading) return <Loading />;
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/don-thu" size="sm">
        ← {petition.back}
      </AnchorLink>
      <Title order={1} size="h2">
        {m.title}
      </Title>
      {!canWriteCivic(role) || !commune.current ? (
        <Text>{m.forbidden}</Text>
      ) : (
        <ReceiveForm
          communeId={commune.current.id}
          submit={mutation.mutateAsync}
          pending={mutation.isPending}
          error={mutation.error}
        />
      )}
    </Stack>
  );
}
