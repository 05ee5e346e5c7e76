-- One-stop desk (Bộ phận Một cửa): the commune's procedure catalogue, dossiers with their
-- lifecycle, apology forms, citizen ratings, and saved column mappings for provincial exports.
-- Each table leads with commune_id (tenancy by RLS, sharding by commune).

create table procedures (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  code text not null,                         -- national TTHC code, e.g. 1.001193
  name text not null,
  sector text not null,                       -- lĩnh vực
  processing_days integer not null check (processing_days >= 0),
  online_level text not null default 'none' check (online_level in ('none', 'partial', 'full')),
  fee_vnd bigint check (fee_vnd >= 0),
  civil_status_event text check (civil_status_event in ('birth', 'marriage', 'death')),
  published boolean not null default true,
  search_text text not null default '',       -- searchKey(code + name + sector): diacritics-insensitive search
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, code)
);

create table dossiers (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  code text not null,                         -- Mã hồ sơ, unique within the commune; the citizen's lookup key
  procedure_id uuid,
  procedure_code text,
  procedure_name text not null,
  sector text,
  channel text not null check (channel in ('direct', 'online', 'postal')),
  status text not null check (status in ('received', 'supplement_requested', 'processing', 'returned', 'rejected', 'withdrawn')),
  received_at timestamptz not null,
  received_date date not null,                -- in Asia/Ho_Chi_Minh; what the statistics count
  due_date date not null,                     -- ngày hẹn trả (moved by an apology form)
  original_due_date date not null,
  returned_date date,
  withdrawn_date date,
  rejected_date date,
  rejection_reason text,
  applicant_name text,
  applicant_phone text,
  applicant_address text,
  digitized boolean not null default false,
  paid_online boolean not null default false,
  source text not null default 'desk' check (source in ('desk', 'import')),
  lookup_key text not null,                   -- printed on the receipt (and in its QR): lets the citizen rate
  search_text text not null default '',       -- searchKey(code + applicant + procedure)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, code),
  foreign key (commune_id, procedure_id) references procedures (commune_id, id),
  check (due_date >= received_date),
  check (returned_date is null or returned_date >= received_date),
  check (withdrawn_date is null or withdrawn_date >= received_date),
  check (rejected_date is null or rejected_date >= received_date)
);
create index dossiers_received on dossiers (commune_id, received_date);
create index dossiers_open on dossiers (commune_id, due_date) where status in ('received', 'supplement_requested', 'processing');

-- Each step of a dossier: who, when, what (the timeline and the Phiếu kiểm soát).
create table dossier_events (
  commune_id uuid not null,
  dossier_id uuid not null,
  id bigint generated always as identity,
  at timestamptz not null default now(),
  kind text not null,
  actor_id uuid references users(id),
  note text,
  data jsonb,
  primary key (commune_id, dossier_id, id),
  foreign key (commune_id, dossier_id) references dossiers (commune_id, id) on delete cascade
);

-- Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.
create table dossier_apologies (
  commune_id uuid not null,
  dossier_id uuid not null,
  id uuid not null default gen_random_uuid(),
  issued_date date not null,
  reason text not null,
  previous_due_date date not null,
  new_due_date date not null check (new_due_date >= previous_due_date),
  created_by uuid references users(id),
  primary key (commune_id, id),
  foreign key (commune_id, dossier_id) references dossiers (commune_id, id) on delete cascade
);

-- The citizen's rating after the result, once per dossier (SIPAS-style criteria, 1–5).
create table dossier_ratings (
  commune_id uuid not null,
  dossier_id uuid not null,
  rated_at timestamptz not null default now(),
  rated_date date not null,
  overall smallint not null check (overall between 1 and 5),
  attitude smallint check (attitude between 1 and 5),
  timeliness smallint check (timeliness between 1 and 5),
  clarity smallint check (clarity between 1 and 5),
  facilities smallint check (facilities between 1 and 5),
  comment text,
  primary key (commune_id, dossier_id),
  foreign key (commune_id, dossier_id) references dossiers (commune_id, id) on delete cascade
);

-- A commune's saved column mapping for a non-canonical export layout.
create table import_mappings (
  commune_id uuid not null references communes(id),
  kind text not null,
  mapping jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (commune_id, kind)
);

do $$
declare t text;
begin
  foreach t in array array['procedures', 'dossiers', 'dossier_events', 'dossier_apologies', 'dossier_ratings', 'import_mappings'] loop
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
