-- Foundation: units (province → commune → village), accounts, sessions, the audit log, and the
-- row-level security that keeps each commune's records to itself.
--
-- Tenancy is enforced by PostgreSQL, not by each query: request work runs as the role
-- danvan_app, with the communes it may read and write set per transaction
-- (danvan.read / danvan.write = comma-separated ids, or '*'). Every domain table carries
-- commune_id first in its key so it can be sharded by commune later.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'danvan_app') then
    create role danvan_app nologin;
  end if;
end
$$;

create or replace function danvan_scope_has(setting text, commune uuid) returns boolean
language sql stable as $$
  select coalesce(current_setting(setting, true), '') = '*'
      or commune::text = any (string_to_array(coalesce(current_setting(setting, true), ''), ','))
$$;

create or replace function danvan_can_read(commune uuid) returns boolean
language sql stable as $$ select danvan_scope_has('danvan.read', commune) $$;

create or replace function danvan_can_write(commune uuid) returns boolean
language sql stable as $$ select danvan_scope_has('danvan.write', commune) $$;

create table provinces (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  demo boolean not null default false,
  created_at timestamptz not null default now()
);

create table communes (
  id uuid primary key default gen_random_uuid(),
  province_id uuid not null references provinces(id),
  code text not null unique,
  name text not null,
  -- Before 1 July 2025 a commune sat under a district; kept for older records and reports.
  historical_district text,
  area_ha numeric(12, 2),
  households integer,
  population integer,
  ethnic_groups integer,
  minority_households integer,
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index communes_province on communes (province_id);

create table villages (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, name)
);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  password_hash text not null,
  full_name text not null,
  position text,
  role text not null check (role in ('officer', 'leader', 'province', 'admin')),
  duties text[] not null default '{}',
  commune_id uuid references communes(id),
  province_id uuid references provinces(id),
  active boolean not null default true,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now(),
  -- Commune staff belong to a commune, reviewers to a province, admins to neither.
  check (
    (role in ('officer', 'leader') and commune_id is not null and province_id is null)
    or (role = 'province' and province_id is not null and commune_id is null)
    or (role = 'admin' and commune_id is null and province_id is null)
  )
);
create index users_commune on users (commune_id);

-- Server-side sessions; the cookie holds a random token, the table only its SHA-256.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Failed logins, for rate limiting across server processes.
create table login_failures (
  username text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failures_username on login_failures (username, at);
create index login_failures_ip on login_failures (ip, at);

-- Append-only: danvan_app may insert and read, never update or delete.
create table audit_log (
  commune_id uuid references communes(id),
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor_id uuid references users(id),
  actor_username text,
  entity text not null,
  entity_id text not null,
  action text not null check (action in ('create', 'update', 'delete')),
  before jsonb,
  after jsonb,
  request_id text,
  primary key (id)
);
create index audit_log_commune_at on audit_log (commune_id, at desc);

alter table communes enable row level security;
create policy communes_read on communes for select to danvan_app using (danvan_can_read(id));
create policy communes_write on communes for all to danvan_app
  using (danvan_can_write(id)) with check (danvan_can_write(id));

alter table villages enable row level security;
create policy villages_read on villages for select to danvan_app using (danvan_can_read(commune_id));
create policy villages_write on villages for all to danvan_app
  using (danvan_can_write(commune_id)) with check (danvan_can_write(commune_id));

-- A user row with no commune (reviewer, admin) is visible only to admins ('*').
alter table users enable row level security;
create policy users_read on users for select to danvan_app
  using (danvan_can_read(commune_id) or current_setting('danvan.read', true) = '*');
create policy users_write on users for all to danvan_app
  using (current_setting('danvan.write', true) = '*')
  with check (current_setting('danvan.write', true) = '*');
-- Everyone reads and updates their own account (password change).
create policy users_self_read on users for select to danvan_app
  using (id::text = current_setting('danvan.actor', true));
create policy users_self_update on users for update to danvan_app
  using (id::text = current_setting('danvan.actor', true))
  with check (id::text = current_setting('danvan.actor', true));

alter table audit_log enable row level security;
create policy audit_read on audit_log for select to danvan_app
  using (danvan_can_read(commune_id) or current_setting('danvan.read', true) = '*');
create policy audit_insert on audit_log for insert to danvan_app
  with check (commune_id is null or danvan_can_read(commune_id));

-- Province names are public; only admins ('*') change them.
alter table provinces enable row level security;
create policy provinces_read on provinces for select to danvan_app using (true);
create policy provinces_write on provinces for all to danvan_app
  using (current_setting('danvan.write', true) = '*')
  with check (current_setting('danvan.write', true) = '*');

grant select on provinces to danvan_app;
grant insert, update on provinces to danvan_app;
grant select, insert, update, delete on communes, villages, users to danvan_app;
grant select, insert on audit_log to danvan_app;
