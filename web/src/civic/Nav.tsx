import { NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { dialogues } from '../dialogues/messages.ts';
import { mediation } from '../mediation/messages.ts';
import { nav } from '../petitions/messages.ts';
import type { ModuleNavProps } from '../shell/module-nav.ts';
import { canWriteCivic } from './roles.ts';

type To =
  | '/tiep-cong-dan'
  | '/tiep-cong-dan/lich'
  | '/don-thu'
  | '/don-thu/tiep-nhan'
  | '/don-thu/mau-tra-loi'
  | '/doi-thoai'
  | '/hoa-giai';

const sections = ['/tiep-cong-dan', '/don-thu', '/doi-thoai', '/hoa-giai'];

/** "Tiếp dân, đơn thư": reception, petitions, dialogues and mediation (issue 5). */
export function CivicNav({ pathname, role, onNavigate }: ModuleNavProps) {
  const item = (to: To, label: string, active: boolean) => (
    <NavLink
      component={Link}
      to={to}
      // The router would also mark /don-thu active on /don-thu/tiep-nhan; `active` decides alone.
      activeOptions={{ exact: true }}
      label={label}
      active={active}
      onClick={onNavigate}
    />
  );
  // A petition's own page belongs to the list; the receive form and templates have their links.
  const petitionPage =
    pathname.startsWith('/don-thu') && !/^\/don-thu\/(tiep-nhan|mau-tra-loi)/.test(pathname);
  return (
    <NavLink
      label={nav.section}
      defaultOpened
      active={sections.some((s) => pathname.startsWith(s))}
      variant="subtle"
      childrenOffset="md"
    >
      {item('/tiep-cong-dan', nav.reception, pathname === '/tiep-cong-dan')}
      {item('/tiep-cong-dan/lich', nav.schedule, pathname === '/tiep-cong-dan/lich')}
      {item('/don-thu', nav.petitions, petitionPage)}
      {canWriteCivic(role) && item('/don-thu/tiep-nhan', nav.receive, pathname === '/don-thu/tiep-nhan')}
      {item('/don-thu/mau-tra-loi', nav.templates, pathname === '/don-thu/mau-tra-loi')}
      {item('/doi-thoai', dialogues.nav, pathname.startsWith('/doi-thoai'))}
      {item('/hoa-giai', mediation.nav, pathname === '/hoa-giai')}
    </NavLink>
  );
}
