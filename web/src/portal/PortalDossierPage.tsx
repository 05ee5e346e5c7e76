import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { isApiError } from '../lib/api.ts';
import { formatDate } from '../lib/format.ts';
import { usePublicDossier } from '../onestop/queries.ts';
import { StatusBadge } from '../onestop/StatusBadge.tsx';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { LookupForm } from './LookupForm.tsx';
import { portalOnestop as m } from './messages.ts';
import { RatingForm } from './RatingForm.tsx';

const route = getRouteApi('/cong-dan/$communeCode/ho-so/$code');

/** What the receipt's QR code opens: the dossier's status and dates, and the rating form after the result. */
export function PortalDossierPage() {
  const { communeCode, code } = route.useParams();
  const query = usePublicDossier(communeCode, code);
  const back = (
    <AnchorLink to="/cong-dan/$communeCode" params={{ communeCode }} size="sm">
      ← {m.backToCommune}
    </AnchorLink>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Stack gap="lg">
        {back}
        {isApiError(query.error) && query.error.status === 404 ? (
          <Alert color="yellow" variant="light" role="alert">
            {m.dossierNotFound}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <LookupForm key={code} communeCode={communeCode} initial={code} />
      </Stack>
    );

  const d = query.data;
  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1} size="h2" style={{ wordBreak: 'break-word' }}>
          {m.dossierTitle(d.code)}
        </Title>
        <Group gap="xs">
          <StatusBadge status={d.status} />
        </Group>
      </Stack>
      <Paper withBorder p={0}>
        <Table fz="sm" verticalSpacing="xs">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w="45%">
                {m.procedure}
              </Table.Th>
              <Table.Td>{d.procedureName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.status}</Table.Th>
              <Table.Td>{d.statusLabel}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.received}</Table.Th>
              <Table.Td>{formatDate(d.receivedDate)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.due}</Table.Th>
              <Table.Td>{formatDate(d.dueDate)}</Table.Td>
            </Table.Tr>
            {d.returnedDate && (
              <Table.Tr>
                <Table.Th scope="row">{m.returned}</Table.Th>
                <Table.Td>{formatDate(d.returnedDate)}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {d.rated ? (
        <Alert color="green" variant="light" role="status">
          {m.rated}
        </Alert>
      ) : d.canRate ? (
        <RatingForm communeCode={communeCode} code={d.code} />
      ) : null}
      <Text size="xs" c="dimmed">
        <Link to="/cong-dan/$communeCode/thu-tuc" params={{ communeCode }}>
          {m.backToProcedures}
        </Link>
      </Text>
    </Stack>
  );
}
