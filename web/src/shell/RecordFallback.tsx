import type { UseQueryResult } from '@tanstack/react-query';
import type { CurrentCommune } from './commune.ts';
import { ErrorAlert, Loading } from './feedback.tsx';

/**
 * A record page until its record is there: loading (the commune or the record), else why it failed,
 * with a retry. Pages show it while `!communeId || !query.isSuccess || commune.isLoading`.
 */
export function RecordFallback(props: { commune: CurrentCommune; query: UseQueryResult<unknown> }) {
  const { query } = props;
  if (props.commune.isLoading || query.isPending) return <Loading />;
  return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
}
