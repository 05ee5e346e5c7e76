import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  Outlet,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { sessionQuery } from '../lib/queries.ts';
import { localPath, str } from '../lib/search.ts';
import { PortalLayout } from '../portal/PortalLayout.tsx';
import { AppLayout } from '../shell/AppLayout.tsx';
import { LoginPage } from '../shell/LoginPage.tsx';
import { NotFound } from '../shell/NotFound.tsx';

// The parents every module's routes hang from. Each module folder declares its own pages in a
// routes.tsx next to them; web/src/router.tsx only assembles the tree.

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'dang-nhap',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({
    redirect: localPath(s.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

const staffOnly = {
  validateSearch: (s: Record<string, unknown>): { xa?: string } => ({ xa: str(s.xa) }),
  search: { middlewares: [retainSearchParams<{ xa?: string }>(['xa'])] },
  beforeLoad: async ({
    context,
    location,
  }: {
    context: { queryClient: QueryClient };
    location: { href: string };
  }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
    return { session };
  },
};

/** Every staff page: requires a session; keeps the chosen commune (`xa`) across links. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  ...staffOnly,
  component: AppLayout,
});

/** Printable forms: a session too, but no menu around the sheet. */
export const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_print',
  ...staffOnly,
  component: Outlet,
});

export const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'cong-dan',
  component: PortalLayout,
});
