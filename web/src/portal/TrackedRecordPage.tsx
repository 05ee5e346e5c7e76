import { Alert, Group, Stack, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { BackLink } from '../shell/links.tsx';
import { CodeLookup, type LookupKind } from './CodeLookup.tsx';

/**
 * A record a citizen opened by its code: the way back to the commune, then the record's title and
 * status and `children`; a code that matches nothing says so and offers the lookup again.
 */
export function TrackedRecordPage<T>(props: {
  kind: LookupKind;
  communeCode: string;
  code: string;
  query: UseQueryResult<T>;
  labels: { backToCommune: string; notFound: string };
  title: (record: T) => string;
  status: (record: T) => ReactNode;
  children: (record: T) => ReactNode;
}) {
  const { query, communeCode } = props;
  const back = (
    <BackLink to="/cong-dan/$communeCode" params={{ communeCode }}>
      {props.labels.backToCommune}
    </BackLink>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Stack gap="lg">
        {back}
        {isApiError(query.error) && query.error.status === 404 ? (
          <Alert color="yellow" variant="light" role="alert">
            {props.labels.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <CodeLookup key={props.code} kind={props.kind} communeCode={communeCode} initial={props.code} />
      </Stack>
    );

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1} size="h2" style={{ wordBreak: 'break-word' }}>
          {props.title(query.data)}
        </Title>
        <Group gap="xs">{props.status(query.data)}</Group>
      </Stack>
      {props.children(query.data)}
    </Stack>
  );
}
