import { NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ModuleNavProps } from '../shell/module-nav.ts';
import { nav } from './messages.ts';

/** Reports for commune staff; the roll-up for province reviewers (who open reports from it) and admins. */
export function ReportsNav({ pathname, role, onNavigate }: ModuleNavProps) {
  const province = role === 'province' || role === 'admin';
  return (
    <>
      {role !== 'province' && (
        <NavLink
          component={Link}
          to="/bao-cao"
          label={nav.reports}
          active={pathname.startsWith('/bao-cao')}
          onClick={onNavigate}
        />
      )}
      {province && (
        <NavLink
          component={Link}
          to="/tong-hop"
          label={nav.rollup}
          active={pathname === '/tong-hop'}
          onClick={onNavigate}
        />
      )}
    </>
  );
}
