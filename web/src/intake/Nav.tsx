import { NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ModuleNavProps } from '../shell/module-nav.ts';
import { intakeNav } from './messages.ts';

/**
 * Reading hand-written reports: for everyone the API lets in (commune staff for their commune,
 * province reviewers for their province's communes, admins).
 */
export function IntakeNav({ pathname, onNavigate }: ModuleNavProps) {
  return (
    <NavLink
      component={Link}
      to="/doc-bao-cao"
      label={intakeNav.section}
      active={pathname.startsWith('/doc-bao-cao')}
      onClick={onNavigate}
    />
  );
}
