import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';

let onUnauthorized: () => void = () => {};

/** Called by the router once it exists: a 401 on any data query means the session ended. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
    },
  }),
  // A 401 from login means wrong credentials, not an expired session: login opts out by meta.
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (error instanceof ApiError && error.status === 401 && !mutation.meta?.credentials) onUnauthorized();
    },
  }),
  defaultOptions: {
    queries: {
      // Client errors (4xx) will not change on retry; network and server errors may.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
