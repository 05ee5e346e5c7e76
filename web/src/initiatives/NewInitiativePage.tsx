import { Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCommune } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { InitiativeForm } from './InitiativeForm.tsx';
import { create as m } from './messages.ts';
import { useCreateInitiative, useInitiatives } from './queries.ts';

const route = getRouteApi('/_app/dan-van/sang-kien/moi');

/** A new initiative; `?tu=<id>` replicates an existing one in another village. */
export function NewInitiativePage() {
  const { tu } = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const all = useInitiatives(communeId, {});
  const villages = useCommune(communeId).data?.villages ?? [];
  const create = useCreateInitiative(communeId);

  if (commune.isLoading || all.isPending) return <Loading />;
  if (all.isError) return <ErrorAlert error={all.error} onRetry={() => void all.refetch()} />;
  const replicating = tu ? all.data.items.find((i) => i.id === tu) : undefined;

  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/dan-van/sang-kien" size="sm">
        ← {m.back}
      </AnchorLink>
      <Title order={1} size="h2">
        {replicating ? m.replicateTitle(replicating.name) : m.title}
      </Title>
      <InitiativeForm
        key={replicating?.id ?? 'new'}
        initiative={null}
        replicating={replicating}
        villages={villages}
        others={all.data.items}
        saving={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/dan-van/sang-kien' })}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (i) => void navigate({ to: '/dan-van/sang-kien/$id', params: { id: i.id } }),
          })
        }
      />
    </Stack>
  );
}
