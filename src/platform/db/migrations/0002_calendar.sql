-- The working calendar and the statutory deadline rules as data an administrator edits
-- (RULES.md §1, §2, §4): each year's official announcement of days off and make-up working days,
-- and every version of every time limit, so a case keeps the rule in force when it started.
--
-- This is national reference data: the same for every commune, so it carries no commune_id (and
-- is small enough to be copied to every shard). Every account reads it; only administrators
-- (danvan.write = '*') change it. The defaults from src/domain are seeded once by
-- seedReferenceData() (src/modules/calendar/seed.ts), which records each seed in
-- reference_seeds so that an administrator's later edits and deletions are never undone.

create table calendar_years (
  year int primary key check (year between 1900 and 2100),
  -- The domain's YearOverride for this year (src/domain/calendar/year-overrides.ts).
  override jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references users(id)
);

create table deadline_rules (
  key text not null,
  effective_from date not null,
  -- The domain's DeadlineRule (src/domain/deadlines/rule.ts); key and effectiveFrom are the columns.
  rule jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references users(id),
  primary key (key, effective_from)
);

-- Which default data sets were applied; a seed runs once per database, ever.
create table reference_seeds (
  key text primary key,
  applied_at timestamptz not null default now()
);

-- The one-stop desk may open on Saturday mornings (RULES.md §1). Only the desk's opening hours:
-- statutory counting of working days does not change.
alter table communes add column desk_saturday_morning boolean not null default false;

alter table calendar_years enable row level security;
create policy calendar_years_read on calendar_years for select to danvan_app using (true);
create policy calendar_years_write on calendar_years for all to danvan_app
  using (current_setting('danvan.write', true) = '*')
  with check (current_setting('danvan.write', true) = '*');

alter table deadline_rules enable row level security;
create policy deadline_rules_read on deadline_rules for select to danvan_app using (true);
create policy deadline_rules_write on deadline_rules for all to danvan_app
  using (current_setting('danvan.write', true) = '*')
  with check (current_setting('danvan.write', true) = '*');

-- Only the owner (start-up seeding) touches reference_seeds; danvan_app gets no grant or policy.
alter table reference_seeds enable row level security;

grant select, insert, update, delete on calendar_years, deadline_rules to danvan_app;
