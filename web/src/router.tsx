import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { AuditPage } from './audit/AuditPage.tsx';
import { validateAuditSearch } from './audit/search.ts';
import { HomePage } from './home/HomePage.tsx';
import { sessionQuery } from './lib/queries.ts';
import { queryClient, setUnauthorizedHandler } from './lib/query-client.ts';
import { localPath, str } from './lib/search.ts';
import { PortalCommunePage } from './portal/PortalCommunePage.tsx';
import { PortalHomePage } from './portal/PortalHomePage.tsx';
import { PortalLayout } from './portal/PortalLayout.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { LoginPage } from './shell/LoginPage.tsx';
import { NotFound } from './shell/NotFound.tsx';
import { PasswordPage } from './shell/PasswordPage.tsx';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
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

/** Every staff page: requires a session; keeps the chosen commune (`xa`) across links. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  validateSearch: (s: Record<string, unknown>): { xa?: string } => ({ xa: str(s.xa) }),
  search: { middlewares: [retainSearchParams(['xa'])] },
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'nhat-ky',
  validateSearch: validateAuditSearch,
  component: AuditPage,
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'doi-mat-khau',
  component: PasswordPage,
});

const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'cong-dan',
  component: PortalLayout,
});
const portalHomeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: PortalHomePage,
});
const portalCommuneRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode',
  component: PortalCommunePage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([homeRoute, auditRoute, passwordRoute]),
  portalRoute.addChildren([portalHomeRoute, portalCommuneRoute]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Data freshness is TanStack Query's job; the router only decides access.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionQuery.queryKey, null);
  const { pathname, href } = router.state.location;
  if (pathname !== '/dang-nhap' && !pathname.startsWith('/cong-dan')) {
    void router.navigate({ to: '/dang-nhap', search: { redirect: href } });
  }
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
