import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';

/**
 * What a page shows for one query: loading, the error with a retry, a line when there is nothing
 * (`empty` says when and what), else its content.
 */
export function QueryState<T>(props: {
  query: UseQueryResult<T>;
  /** Something else still loading (the commune), shown as loading too. */
  waiting?: boolean;
  empty?: (data: T) => string | null;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (props.waiting || query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const nothing = props.empty?.(query.data);
  return nothing ? <Text c="dimmed">{nothing}</Text> : props.children(query.data);
}
