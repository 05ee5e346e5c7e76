import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../lib/api.ts';
import { formatNumber, formatVnd } from '../lib/format.ts';
import { onlineLevelLabels } from '../onestop/messages.ts';
import { usePublicProcedure } from '../onestop/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { LookupForm } from './LookupForm.tsx';
import { portalOnestop as m } from './messages.ts';

const route = getRouteApi('/cong-dan/$communeCode/thu-tuc/$code');

/** One procedure's public page: what the notice-board QR code opens. */
export function PortalProcedurePage() {
  const { communeCode, code } = route.useParams();
  const query = usePublicProcedure(communeCode, code);
  const back = (
    <AnchorLink to="/cong-dan/$communeCode/thu-tuc" params={{ communeCode }} size="sm">
      ← {m.backToProcedures}
    </AnchorLink>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Stack>
        {isApiError(query.error) && query.error.status === 404 ? (
          <Text>{m.procedureNotFound}</Text>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        {back}
      </Stack>
    );

  const p = query.data;
  return (
    <Stack gap="lg">
      {back}
      <Title order={1} size="h2">
        {p.name}
      </Title>
      <Paper withBorder p={0}>
        <Table fz="sm" verticalSpacing="xs">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w="40%">
                {m.code}
              </Table.Th>
              <Table.Td>{p.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.sector}</Table.Th>
              <Table.Td>{p.sector}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.days}</Table.Th>
              <Table.Td>
                {p.processingDays === 0 ? m.sameDay : m.daysValue(formatNumber(p.processingDays))}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.fee}</Table.Th>
              <Table.Td>{p.feeVnd ? formatVnd(p.feeVnd) : m.free}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{m.online}</Table.Th>
              <Table.Td>{onlineLevelLabels[p.onlineLevel]}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Group>
        <Text size="sm">{m.whereToApply}</Text>
      </Group>
      <LookupForm communeCode={communeCode} />
    </Stack>
  );
}
