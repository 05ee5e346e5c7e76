import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api.ts';
import { ErrorAlert } from '../shell/feedback.tsx';

/** A portal page that could not load: "not found" in plain words for a 404, else the error; then the way back. */
export function PortalFailure(props: {
  error: unknown;
  notFound: string;
  onRetry: () => void;
  back: ReactNode;
}) {
  return (
    <Stack>
      {isApiError(props.error) && props.error.status === 404 ? (
        <Text>{props.notFound}</Text>
      ) : (
        <ErrorAlert error={props.error} onRetry={props.onRetry} />
      )}
      {props.back}
    </Stack>
  );
}
