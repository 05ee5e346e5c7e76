import { NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ModuleNavProps } from '../shell/module-nav.ts';
import { nav } from './messages.ts';

/** Grassroots democracy: the document register, disclosure and consultation on drafts. */
export function DemocracyNav({ pathname, onNavigate }: ModuleNavProps) {
  return (
    <NavLink
      label={nav.section}
      defaultOpened={pathname.startsWith('/dan-chu') || pathname.startsWith('/van-ban')}
      active={pathname.startsWith('/dan-chu') || pathname.startsWith('/van-ban')}
      variant="subtle"
      childrenOffset="md"
    >
      <NavLink
        component={Link}
        to="/van-ban"
        label={nav.documents}
        active={pathname.startsWith('/van-ban')}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to="/dan-chu/cong-khai"
        label={nav.disclosure}
        active={pathname.startsWith('/dan-chu/cong-khai')}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to="/dan-chu/lay-y-kien"
        label={nav.consultation}
        active={pathname.startsWith('/dan-chu/lay-y-kien')}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to="/dan-chu/cai-dat"
        label={nav.settings}
        active={pathname === '/dan-chu/cai-dat'}
        onClick={onNavigate}
      />
    </NavLink>
  );
}
