-- The report composer (issue 7): stored drafts and issued reports, with per-section edit tracking.
--
-- Why this shape:
-- * A report's text is one document (the ReportDraft as jsonb in `content`): it is read, checked,
--   rendered and frozen whole, and its outline changes with the genre, so it is not spread over
--   rows. `indicators` keeps the figures the text was composed from, for the province roll-up.
-- * Several officials edit one draft, each a different section. `report_sections` holds a
--   `revision` per section: a save names the revision it started from and is refused (409) when
--   someone saved that section since, so no one silently overwrites a colleague. Saves lock the
--   report row (`select … for update`), so two saves of different sections never lose either.
-- * An issued report (`final`) is frozen: its content, figures, number and date never change
--   again; its number comes from the document register (`documents`, type BC). A correction is a
--   new version with its own number. At most one open draft per commune, genre and period.
-- * commune_id leads every key (tenancy by RLS as in 0003, sharding by commune).

create table reports (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  genre text not null check (genre in ('dan-van', 'so-ket', 'cchc')),
  period_key text not null,                             -- 2025-H1, 2025, 2021..2025, 2025-01-01..2025-03-31
  period_from date not null,
  period_to date not null,
  status text not null default 'draft' check (status in ('draft', 'final')),
  version integer not null check (version >= 1),
  content jsonb not null,                               -- the ReportDraft (src/modules/reports/model.ts)
  indicators jsonb not null default '{}',               -- the data the figures were composed from
  reference text,                                       -- 30/BC-UBND, once issued
  document_id uuid,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_by uuid references users(id),
  updated_at timestamptz not null default now(),
  finalised_by uuid references users(id),
  finalised_at timestamptz,
  primary key (commune_id, id),
  unique (commune_id, genre, period_key, version),
  foreign key (commune_id, document_id) references documents (commune_id, id),
  check (period_from <= period_to),
  check ((status = 'final') = (reference is not null and document_id is not null and finalised_at is not null))
);
create unique index reports_one_draft on reports (commune_id, genre, period_key) where status = 'draft';
create index reports_period on reports (commune_id, period_from, period_to);

create table report_sections (
  commune_id uuid not null,
  report_id uuid not null,
  section_id text not null,                             -- a section id of the outline, or 'header'
  revision integer not null check (revision >= 1),
  updated_by uuid references users(id),
  updated_at timestamptz not null default now(),
  primary key (commune_id, report_id, section_id),
  foreign key (commune_id, report_id) references reports (commune_id, id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['reports', 'report_sections'] loop
    execute format('alter table %I enable row level security', t);
    -- Scope evaluated once per statement (see 0003).
    execute format($p$create policy %I on %I for select to danvan_app
      using ((select danvan_scope_all('danvan.read')) or commune_id = any ((select danvan_scope_ids('danvan.read'))::uuid[]))$p$, t || '_read', t);
    execute format($p$create policy %I on %I for all to danvan_app
      using ((select danvan_scope_all('danvan.write')) or commune_id = any ((select danvan_scope_ids('danvan.write'))::uuid[]))
      with check ((select danvan_scope_all('danvan.write')) or commune_id = any ((select danvan_scope_ids('danvan.write'))::uuid[]))$p$, t || '_write', t);
    execute format('grant select, insert, update, delete on %I to danvan_app', t);
  end loop;
end
$$;
