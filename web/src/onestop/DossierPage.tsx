import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { DossierLetterLink } from '../letters/DossierLetterLink.tsx';
import { DossierNamesCard } from '../letters/DossierNamesCard.tsx';
import { formatDate, formatDateTime, vnDate } from '../lib/format.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { DetailRow, DetailsTable } from '../shell/DetailsTable.tsx';
import { EventTimeline } from '../shell/EventTimeline.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink, ButtonLink } from '../shell/links.tsx';
import { canWriteOnestop } from '../shell/roles.ts';
import { ActionDialog } from './ActionDialog.tsx';
import {
  actionLabels,
  channelLabels,
  eventLabel,
  dossier as m,
  ratingLabels,
  scoreLabels,
} from './messages.ts';
import { useDossier } from './queries.ts';
import { OverdueBadge, StatusBadge } from './StatusBadge.tsx';
import { isOverdue } from './search.ts';
import type { DossierAction, DossierDetail, Rating } from './types.ts';

const route = getRouteApi('/_app/mot-cua/ho-so/$id');

// Filled primary (indigo 7) for the forward steps; the rest outlined or plain. Light variants of
// green, yellow and orange fall below the 4.5:1 contrast of WCAG AA, so they are not used.
const actionStyle: Record<DossierAction, { variant: 'filled' | 'outline' | 'default'; color?: string }> = {
  process: { variant: 'filled' },
  supplied: { variant: 'filled' },
  return: { variant: 'filled' },
  apologize: { variant: 'outline', color: 'red.9' },
  requestSupplement: { variant: 'default' },
  withdraw: { variant: 'default' },
  reject: { variant: 'outline', color: 'red.9' },
};

/** One dossier: header, details, the allowed next steps, the timeline, apologies and the citizen's rating. */
export function DossierPage() {
  const { id } = route.useParams();
  const { moi } = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const query = useDossier(commune.current?.id, id);
  const [action, setAction] = useState<DossierAction | null>(null);
  const [done, setDone] = useState(false);
  const printRef = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (moi && query.data) printRef.current?.focus();
  }, [moi, query.data]);

  if (commune.isLoading || query.isPending) return <Loading />;
  if (query.isError || !commune.current)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const d = query.data;
  const today = vnDate();
  const overdue = isOverdue(d, today);
  const canWrite = role ? canWriteOnestop(role) : false;
  const actions = d.actions as DossierAction[];

  return (
    <Stack gap="lg">
      <AnchorLink to="/mot-cua/ho-so" size="sm">
        ← {m.back}
      </AnchorLink>

      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {m.code} {d.code}
          </Title>
          <StatusBadge status={d.status} />
          {overdue && <OverdueBadge />}
        </Group>
        <Text fw={500}>{d.procedureName}</Text>
        <Text>
          {m.appointment}: <strong data-testid="ngay-hen-tra">{formatDate(d.dueDate)}</strong>
          {d.dueDate !== d.originalDueDate && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({m.originalAppointment(formatDate(d.originalDueDate))})
            </Text>
          )}
        </Text>
      </Stack>

      {moi && (
        <Alert color="green" variant="light" role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{m.received201}</Text>
            <ButtonLink ref={printRef} to="/in/mot-cua/giay-tiep-nhan/$id" params={{ id }} size="sm">
              {m.printReceipt}
            </ButtonLink>
          </Stack>
        </Alert>
      )}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(false)}>
          {m.done}
        </Alert>
      )}

      {d.status === 'returned' && <DossierLetterLink communeId={commune.current.id} dossierId={d.id} />}
      {d.civilStatusEvent && (
        <DossierNamesCard
          key={d.id}
          communeId={commune.current.id}
          dossierId={d.id}
          event={d.civilStatusEvent}
          names={d.subjectNames}
          readOnly={!canWrite}
        />
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="xu-ly">
        <Title order={2} size="h4" id="xu-ly" mb="sm">
          {m.actions}
        </Title>
        {overdue && actions.includes('apologize') && (
          <Alert color="red" variant="light" mb="sm">
            {m.overdueWarning(formatDate(d.dueDate))}
          </Alert>
        )}
        {!canWrite ? (
          <Text size="sm" c="dimmed">
            {m.readOnly}
          </Text>
        ) : actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {m.noActions}
          </Text>
        ) : (
          <Group gap="sm">
            {actions.map((a) => (
              <Button
                key={a}
                color={actionStyle[a]?.color}
                variant={actionStyle[a]?.variant ?? 'default'}
                onClick={() => setAction(a)}
              >
                {actionLabels[a] ?? a}
              </Button>
            ))}
          </Group>
        )}
        <Group gap="sm" mt="md">
          {!moi && (
            <ButtonLink to="/in/mot-cua/giay-tiep-nhan/$id" params={{ id }} variant="default" size="sm">
              {m.printReceipt}
            </ButtonLink>
          )}
          {d.status === 'rejected' && (
            <ButtonLink to="/in/mot-cua/phieu-tu-choi/$id" params={{ id }} variant="default" size="sm">
              {m.printRefusal}
            </ButtonLink>
          )}
        </Group>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Details d={d} />
        <Stack gap="lg">
          <Apologies d={d} />
          <RatingView rating={d.rating} />
        </Stack>
      </SimpleGrid>

      <EventTimeline
        events={d.events}
        labelOf={eventLabel}
        title={m.timeline}
        empty={m.noEvents}
        system={m.system}
      />

      <ActionDialog
        communeId={commune.current.id}
        dossier={d}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          setDone(true);
          if (moi) void navigate({ search: (prev) => ({ ...prev, moi: undefined }), replace: true });
        }}
      />
    </Stack>
  );
}

function Details({ d }: { d: DossierDetail }) {
  return (
    <DetailsTable title={m.details}>
      <DetailRow label={m.procedure}>
        {d.procedureName}
        {d.procedureCode && ` (${d.procedureCode})`}
      </DetailRow>
      {d.sector && <DetailRow label={m.sector}>{d.sector}</DetailRow>}
      <DetailRow label={m.received}>{formatDateTime(d.receivedAt)}</DetailRow>
      <DetailRow label={m.channel}>{channelLabels[d.channel]}</DetailRow>
      <DetailRow label={m.applicant}>{d.applicantName ?? '—'}</DetailRow>
      {d.applicantPhone && <DetailRow label={m.phone}>{d.applicantPhone}</DetailRow>}
      {d.applicantAddress && <DetailRow label={m.address}>{d.applicantAddress}</DetailRow>}
      <DetailRow label={m.digitized}>{d.digitized ? m.yes : m.no}</DetailRow>
      <DetailRow label={m.paidOnline}>{d.paidOnline ? m.yes : m.no}</DetailRow>
      <DetailRow label={m.lookupKey}>
        <Text span ff="monospace" fw={600}>
          {d.lookupKey}
        </Text>
      </DetailRow>
      {d.returnedDate && <DetailRow label={m.returned}>{formatDate(d.returnedDate)}</DetailRow>}
      {d.withdrawnDate && <DetailRow label={m.withdrawn}>{formatDate(d.withdrawnDate)}</DetailRow>}
      {d.rejectedDate && <DetailRow label={m.rejected}>{formatDate(d.rejectedDate)}</DetailRow>}
      {d.rejectionReason && <DetailRow label={m.rejectionReason}>{d.rejectionReason}</DetailRow>}
      <DetailRow label={m.source}>{d.source === 'import' ? m.sourceImport : m.sourceDesk}</DetailRow>
    </DetailsTable>
  );
}

function Apologies({ d }: { d: DossierDetail }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="xin-loi">
      <Title order={2} size="h4" id="xin-loi">
        {m.apologies}
      </Title>
      {d.apologies.length === 0 ? (
        <Text c="dimmed" size="sm">
          {m.noApologies}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {d.apologies.map((a) => (
            <Paper component="li" key={a.id} withBorder p="sm">
              <Text size="sm" fw={500}>
                {m.apologyLine(
                  formatDate(a.issuedDate),
                  formatDate(a.previousDueDate),
                  formatDate(a.newDueDate),
                )}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.reason}
              </Text>
              <ButtonLink
                to="/in/mot-cua/phieu-xin-loi/$id/$apologyId"
                params={{ id: d.id, apologyId: a.id }}
                variant="default"
                size="xs"
                mt="xs"
              >
                {m.printApology}
              </ButtonLink>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RatingView({ rating }: { rating: Rating | null }) {
  const criteria = (['attitude', 'timeliness', 'clarity', 'facilities'] as const).filter(
    (k) => rating?.[k] != null,
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="danh-gia">
      <Title order={2} size="h4" id="danh-gia">
        {m.rating}
      </Title>
      {!rating ? (
        <Text c="dimmed" size="sm">
          {m.noRating}
        </Text>
      ) : (
        <Paper withBorder p="sm">
          <Text fw={600}>
            {ratingLabels.overall}: {rating.overall}/5 ({scoreLabels[rating.overall]})
          </Text>
          {criteria.map((k) => (
            <Text size="sm" key={k}>
              {ratingLabels[k]}: {rating[k]}/5
            </Text>
          ))}
          {rating.comment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {ratingLabels.comment}: {rating.comment}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {m.ratedOn(formatDate(rating.ratedDate))}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
