import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { canWriteCivic } from '../civic/roles.ts';
import { FormActions, Pager } from '../civic/ui.tsx';
import { formatNumber } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { ButtonLink } from '../shell/links.tsx';
import { useAnswerFields } from './AnswerFields.tsx';
import { list, dialog as m, nav } from './messages.ts';
import { PetitionFilters } from './PetitionFilters.tsx';
import { PetitionTable } from './PetitionTable.tsx';
import { useBatchAnswer, usePetitions } from './queries.ts';

const PAGE_SIZE = 50;
const route = getRouteApi('/_app/don-thu');

export function PetitionListPage() {
  const role = useSession().data?.user.role;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const commune = useCurrentCommune();
  const page = search.page ?? 1;
  const { page: _page, xa: _xa, ...filter } = search;
  const communeId = commune.current?.id;
  const query = usePetitions(
    communeId ? { communeId, ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } : undefined,
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [answering, setAnswering] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const canWrite = canWriteCivic(role);

  const total = query.data?.total ?? 0;
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {list.title}
        </Title>
        {canWrite && (
          <Group gap="sm">
            <ButtonLink to="/don-thu/mau-tra-loi" variant="default">
              {nav.templates}
            </ButtonLink>
            <ButtonLink to="/don-thu/tiep-nhan">{nav.receive}</ButtonLink>
          </Group>
        )}
      </Group>
      <Paper withBorder p="md">
        <PetitionFilters
          key={JSON.stringify(filter)}
          value={filter}
          onApply={(f) => {
            setSelected(new Set());
            void navigate({ search: (prev) => ({ xa: prev.xa, ...f }) });
          }}
        />
      </Paper>
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {commune.isLoading || query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{list.empty}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {list.range(formatNumber(first), formatNumber(last), formatNumber(total))}
            </Text>
            {canWrite && selected.size > 0 && (
              <Button onClick={() => setAnswering(true)}>
                {list.answerSelected(formatNumber(selected.size))}
              </Button>
            )}
          </Group>
          {canWrite && query.data.items.some((p) => p.actions.includes('answer')) && (
            <Text size="xs" c="dimmed">
              {list.selectedHint}
            </Text>
          )}
          <PetitionTable
            items={query.data.items}
            selected={canWrite ? selected : undefined}
            onToggle={toggle}
          />
          <Pager
            total={total}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(p) => {
              // A batch answers what is on screen: rows on other pages are not carried along.
              setSelected(new Set());
              void navigate({ search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }) });
            }}
          />
        </>
      )}
      <Modal
        opened={answering}
        onClose={() => setAnswering(false)}
        title={m.batchTitle(formatNumber(selected.size))}
        size="lg"
      >
        {answering && communeId && (
          <BatchAnswerForm
            communeId={communeId}
            ids={[...selected]}
            onClose={() => setAnswering(false)}
            onDone={(n) => {
              setAnswering(false);
              setSelected(new Set());
              setDone(m.batchDone(formatNumber(n)));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** Only feedback is answered (complaints and denunciations are settled by a decision). */
function BatchAnswerForm(props: {
  communeId: string;
  ids: string[];
  onClose: () => void;
  onDone: (n: number) => void;
}) {
  const mutation = useBatchAnswer(props.communeId);
  const answer = useAnswerFields(props.communeId, 'feedback');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = answer.problem();
    setError(problem);
    if (problem) return;
    mutation.mutate(
      { ids: props.ids, ...answer.value() },
      { onSuccess: (r) => props.onDone(r.items.length) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        {answer.fields(error)}
        <FormActions onCancel={props.onClose} pending={mutation.isPending} submitLabel={m.confirm} />
      </Stack>
    </form>
  );
}
