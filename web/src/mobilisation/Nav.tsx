import { NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ModuleNavProps } from '../shell/module-nav.ts';
import { nav } from './messages.ts';

type Page =
  | '/dan-van/sang-kien'
  | '/dan-van/phong-trao'
  | '/dan-van/tuyen-truyen'
  | '/dan-van/thu'
  | '/dan-van/can-bo'
  | '/dan-van/kiem-tra';

/** The "Dân vận" section of the staff menu: initiatives, movements, communication, letters, officials, inspections. */
export function MobilisationNav({ pathname, onNavigate }: ModuleNavProps) {
  const at = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const item = (to: Page, label: string) => (
    <NavLink component={Link} to={to} label={label} active={at(to)} onClick={onNavigate} />
  );
  return (
    <NavLink label={nav.section} defaultOpened active={at('/dan-van')} variant="subtle" childrenOffset="md">
      {item('/dan-van/sang-kien', nav.initiatives)}
      {item('/dan-van/phong-trao', nav.movements)}
      {item('/dan-van/tuyen-truyen', nav.communication)}
      {item('/dan-van/thu', nav.letters)}
      {item('/dan-van/can-bo', nav.officials)}
      {item('/dan-van/kiem-tra', nav.inspections)}
    </NavLink>
  );
}
