import {
  AppShell,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  type StackProps,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { calendar } from '../calendar/messages.ts';
import { CivicNav } from '../civic/Nav.tsx';
import { DemocracyNav } from '../democracy/Nav.tsx';
import { IntakeNav } from '../intake/Nav.tsx';
import { useLogout, useSession } from '../lib/queries.ts';
import { MobilisationNav } from '../mobilisation/Nav.tsx';
import { nav as onestopNav } from '../onestop/messages.ts';
import { ReportsNav } from '../reports/Nav.tsx';
import { statsPage } from '../stats/messages.ts';
import { CommuneSwitcher } from './CommuneSwitcher.tsx';
import { useCurrentCommune } from './commune.ts';
import { DemoBadge } from './feedback.tsx';
import { appName, dutyLabels, nav, roleLabels } from './messages.ts';
import { canSwitchCommune, canViewAudit, canWriteOnestop, isAdmin } from './roles.ts';

function UserName(props: { name: string; role: string } & StackProps) {
  const { name, role, ...rest } = props;
  return (
    <Stack gap={0} miw={0} {...rest}>
      <Text size="sm" fw={600} truncate>
        {name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {role}
      </Text>
    </Stack>
  );
}

export function AppLayout() {
  const session = useSession().data;
  const [opened, { toggle, close }] = useDisclosure(false);
  // 48em is the "sm" breakpoint of the navbar. The name renders in one place only (not hidden
  // by CSS), so it is in the page exactly once.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const pathname = useLocation({ select: (l) => l.pathname });
  const commune = useCurrentCommune();
  const logout = useLogout();
  const navigate = useNavigate();

  if (!session) return null;
  const { user } = session;
  const duties = user.duties.map((d) => dutyLabels[d] ?? d).join(', ');
  const roleLine = duties ? `${roleLabels[user.role]} · ${duties}` : roleLabels[user.role];

  const onLogout = () => {
    logout.mutate(undefined, { onSettled: () => void navigate({ to: '/dang-nhap', search: {} }) });
  };

  return (
    <>
      <a className="skip-link" href="#noi-dung">
        {nav.skipToContent}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? nav.closeMenu : nav.openMenu}
              />
              <UnstyledButton component={Link} to="/" onClick={close}>
                <Text fw={700} size="xl" c="indigo.8" style={{ whiteSpace: 'nowrap' }}>
                  {appName}
                </Text>
              </UnstyledButton>
              {commune.current && (
                <Group gap="xs" wrap="nowrap" miw={0}>
                  <Text fw={500} truncate visibleFrom="xs">
                    {commune.current.name}
                  </Text>
                  {commune.current.demo && <DemoBadge />}
                </Group>
              )}
            </Group>
            {wide && <UserName name={user.fullName} role={roleLine} align="flex-end" />}
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" component="nav" aria-label={nav.label}>
          {/* On phones the header has no room for the user's name: it opens with the menu. */}
          {!wide && <UserName name={user.fullName} role={roleLine} mb="md" />}
          {canSwitchCommune(user.role) && commune.communes.length > 0 && (
            <AppShell.Section mb="md">
              <CommuneSwitcher
                communes={commune.communes}
                value={commune.current?.id}
                onChange={commune.select}
              />
            </AppShell.Section>
          )}
          {/* Every module's section together is taller than a laptop screen: the menu scrolls. */}
          <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars>
            <NavLink component={Link} to="/" label={nav.home} active={pathname === '/'} onClick={close} />
            <NavLink
              component={Link}
              to="/thong-ke"
              label={statsPage.nav}
              active={pathname === '/thong-ke'}
              onClick={close}
            />
            <NavLink
              label={onestopNav.section}
              defaultOpened
              active={pathname.startsWith('/mot-cua')}
              variant="subtle"
              childrenOffset="md"
            >
              <NavLink
                component={Link}
                to="/mot-cua"
                activeOptions={{ exact: true }}
                label={onestopNav.desk}
                active={pathname === '/mot-cua'}
                onClick={close}
              />
              <NavLink
                component={Link}
                to="/mot-cua/ho-so"
                label={onestopNav.dossiers}
                active={pathname.startsWith('/mot-cua/ho-so')}
                onClick={close}
              />
              {canWriteOnestop(user.role) && (
                <NavLink
                  component={Link}
                  to="/mot-cua/tiep-nhan"
                  label={onestopNav.receive}
                  active={pathname === '/mot-cua/tiep-nhan'}
                  onClick={close}
                />
              )}
              {canWriteOnestop(user.role) && (
                <NavLink
                  component={Link}
                  to="/mot-cua/nhap-tep"
                  label={onestopNav.importFile}
                  active={pathname === '/mot-cua/nhap-tep'}
                  onClick={close}
                />
              )}
              <NavLink
                component={Link}
                to="/mot-cua/thu-tuc"
                label={onestopNav.procedures}
                active={pathname === '/mot-cua/thu-tuc'}
                onClick={close}
              />
              <NavLink
                component={Link}
                to="/mot-cua/thong-ke"
                label={onestopNav.stats}
                active={pathname === '/mot-cua/thong-ke'}
                onClick={close}
              />
            </NavLink>
            <CivicNav pathname={pathname} role={user.role} onNavigate={close} />
            <DemocracyNav pathname={pathname} role={user.role} onNavigate={close} />
            <MobilisationNav pathname={pathname} role={user.role} onNavigate={close} />
            <ReportsNav pathname={pathname} role={user.role} onNavigate={close} />
            <IntakeNav pathname={pathname} role={user.role} onNavigate={close} />
            {canViewAudit(user.role) && (
              <NavLink
                component={Link}
                to="/nhat-ky"
                label={nav.audit}
                active={pathname === '/nhat-ky'}
                onClick={close}
              />
            )}
            {isAdmin(user.role) && (
              <NavLink
                component={Link}
                to="/lich-lam-viec"
                label={calendar.nav}
                active={pathname === '/lich-lam-viec'}
                onClick={close}
              />
            )}
            <NavLink
              component={Link}
              to="/doi-mat-khau"
              label={nav.password}
              active={pathname === '/doi-mat-khau'}
              onClick={close}
            />
          </AppShell.Section>
          <AppShell.Section>
            <NavLink
              component="button"
              type="button"
              label={nav.logout}
              onClick={onLogout}
              disabled={logout.isPending}
            />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="noi-dung" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
