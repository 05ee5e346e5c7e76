-- Grassroots democracy and mobilisation records (issue 6): the document register, disclosure and
-- consultation (Luật Thực hiện dân chủ ở cơ sở 2022), "Dân vận khéo" initiatives, emulation
-- movements and the communication log, friendly-government letters, the officials roster,
-- inspections and supervision.
--
-- Why this shape:
-- * Every table leads with commune_id (tenancy by RLS as in 0003/0004, sharding by commune).
-- * Document numbers come from a counter row per commune, issuing body, year and sequence
--   (Nghị định 30/2020 art. 15: from 01 on 1 January, unique per body per year, one shared sequence
--   or one per type). `insert … on conflict do update … returning` locks that row until commit, so
--   two concurrent requests never get the same number and a rolled-back request leaves no gap.
--   A unique key on the documents themselves is the second line of defence.
-- * Editable lists (disclosure categories, consultation minimum periods, letter templates) keep
--   their defaults in code with the legal source; a commune's row overrides a default by its key,
--   so a new commune needs no seeding and a law change is one edit.
-- * Files (document scans, posting photos, initiative photos) live in the database (bytea, type
--   checked by content before insert) so the server stays stateless.
-- * Letters rest on the one-stop desk's civil-status dossiers; the names they need (child,
--   parents, spouses, the deceased) are an optional column added to dossiers, nothing else changes.

-- Per-commune settings of this issue; absent row = defaults.
create table democracy_settings (
  commune_id uuid not null references communes(id),
  per_type_numbering boolean not null default false,   -- one sequence per document type (art. 15)
  disclosure_min_days integer not null default 30 check (disclosure_min_days between 1 and 365),
  updated_at timestamptz not null default now(),
  primary key (commune_id)
);

-- Văn bản đi: the register of documents the commune issues.
create table document_counters (
  commune_id uuid not null references communes(id),
  issuer text not null,
  year integer not null,
  sequence text not null,                               -- '*' shared, else the type code ('' công văn)
  last_number integer not null check (last_number >= 1),
  primary key (commune_id, issuer, year, sequence)
);

create table documents (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  type_code text not null,                              -- KH, QĐ, BC…; '' for a công văn
  issuer text not null,                                 -- UBND
  field_code text not null default '',                  -- drafting unit of a công văn: 12/UBND-VX
  year integer not null,
  sequence text not null,
  number integer not null check (number >= 1),
  reference text not null,                              -- 58/KH-UBND
  issued_date date not null,
  summary text not null,                                -- trích yếu
  signer text not null,
  file_name text,
  file_media_type text,
  file_size integer,
  file_content bytea,
  search_text text not null default '',
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, issuer, year, sequence, number),
  check (extract(year from issued_date) = year)
);
create index documents_date on documents (commune_id, issued_date);

-- Links from other modules' records to the documents they rest on (this issue's own tables hold a
-- document_id column instead).
create table document_links (
  commune_id uuid not null,
  document_id uuid not null,
  entity text not null,
  entity_id text not null,
  label text not null default '',
  created_at timestamptz not null default now(),
  primary key (commune_id, document_id, entity, entity_id),
  foreign key (commune_id, document_id) references documents (commune_id, id) on delete cascade
);

-- Files attached to records of this issue (posting photos, initiative photos).
create table record_files (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  owner_kind text not null check (owner_kind in ('disclosure', 'initiative')),
  owner_id uuid not null,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  caption text,
  created_at timestamptz not null default now(),
  primary key (commune_id, id)
);
create index record_files_owner on record_files (commune_id, owner_kind, owner_id);

-- Công khai (art. 11): a commune's edits to the default category list.
create table disclosure_categories (
  commune_id uuid not null references communes(id),
  code text not null,
  name text not null,
  required boolean not null default true,
  active boolean not null default true,
  position integer not null default 100,
  updated_at timestamptz not null default now(),
  primary key (commune_id, code)
);

create table disclosure_items (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  category_code text not null,
  title text not null,
  document_id uuid,
  places text[] not null default '{}',
  place_note text,
  posted_from date not null,
  posted_to date not null,
  note text,
  search_text text not null default '',
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, document_id) references documents (commune_id, id),
  check (posted_to >= posted_from)
);
create index disclosure_items_date on disclosure_items (commune_id, posted_from);

-- Lấy ý kiến: a commune's minimum open period per draft type, overriding the default.
create table consultation_rules (
  commune_id uuid not null references communes(id),
  draft_type text not null,
  min_days integer not null check (min_days between 1 and 365),
  updated_at timestamptz not null default now(),
  primary key (commune_id, draft_type)
);

create table consultation_drafts (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  draft_type text not null,
  title text not null,
  document_id uuid,
  summary text not null,
  questions text[] not null default '{}',
  opens_on date not null,
  closes_on date not null,
  min_days integer not null,                            -- the rule applied when it was opened
  account_summary text,
  account_published_at timestamptz,
  account_published_date date,
  search_text text not null default '',
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, document_id) references documents (commune_id, id),
  check (closes_on >= opens_on)
);
create index consultation_drafts_open on consultation_drafts (commune_id, opens_on);

create table consultation_passages (
  commune_id uuid not null,
  draft_id uuid not null,
  id uuid not null default gen_random_uuid(),
  position integer not null,
  label text not null,
  body text not null,
  primary key (commune_id, id),
  unique (commune_id, draft_id, position),
  foreign key (commune_id, draft_id) references consultation_drafts (commune_id, id) on delete cascade
);

-- Opinions gathered at a village meeting, with the tallies of the show of hands.
create table consultation_meetings (
  commune_id uuid not null,
  draft_id uuid not null,
  id uuid not null default gen_random_uuid(),
  village_id uuid,
  place text not null,
  meeting_date date not null,
  attendees integer not null check (attendees >= 0),
  agree integer not null default 0 check (agree >= 0),
  disagree integer not null default 0 check (disagree >= 0),
  abstain integer not null default 0 check (abstain >= 0),
  note text,
  created_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, draft_id) references consultation_drafts (commune_id, id) on delete cascade,
  check (agree + disagree + abstain <= attendees)
);

-- The committee's account: one row per opinion or group of opinions.
create table consultation_responses (
  commune_id uuid not null,
  draft_id uuid not null,
  id uuid not null default gen_random_uuid(),
  position integer not null,
  title text not null,
  decision text not null check (decision in ('accepted', 'partlyAccepted', 'notAccepted')),
  reason text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, draft_id) references consultation_drafts (commune_id, id) on delete cascade
);

create table consultation_opinions (
  commune_id uuid not null,
  draft_id uuid not null,
  id uuid not null default gen_random_uuid(),
  source text not null check (source in ('portal', 'meeting', 'written')),
  passage_id uuid,
  meeting_id uuid,
  author_name text,
  author_contact text,                                  -- never shown on the portal
  content text not null,
  supporters integer not null default 1 check (supporters >= 1),
  response_id uuid,
  received_date date not null,
  created_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, draft_id) references consultation_drafts (commune_id, id) on delete cascade,
  foreign key (commune_id, passage_id) references consultation_passages (commune_id, id),
  foreign key (commune_id, meeting_id) references consultation_meetings (commune_id, id) on delete cascade,
  foreign key (commune_id, response_id) references consultation_responses (commune_id, id) on delete set null (response_id)
);
create index consultation_opinions_draft on consultation_opinions (commune_id, draft_id);

-- "Dân vận khéo" initiatives.
create table initiatives (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  field text not null check (field in ('economy', 'cultureSociety', 'defenceSecurity', 'politicalSystem')),
  organisation text not null,
  organisation_name text,
  village_id uuid,
  started_on date not null,
  ended_on date,
  description text not null default '',
  results text not null default '',
  figures jsonb not null default '[]',
  replicated_from_id uuid,
  replicated_from_text text,                            -- an initiative of another commune
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, village_id) references villages (commune_id, id),
  foreign key (commune_id, replicated_from_id) references initiatives (commune_id, id),
  check (ended_on is null or ended_on >= started_on)
);

create table initiative_registrations (
  commune_id uuid not null,
  initiative_id uuid not null,
  year integer not null check (year between 2000 and 2100),
  registered_on date not null,
  primary key (commune_id, initiative_id, year),
  foreign key (commune_id, initiative_id) references initiatives (commune_id, id) on delete cascade
);

create table initiative_commendations (
  commune_id uuid not null,
  initiative_id uuid not null,
  id uuid not null default gen_random_uuid(),
  level text not null check (level in ('commune', 'district', 'province', 'national')),
  title text not null,
  issuer text not null default '',
  awarded_on date not null,
  reference text,
  primary key (commune_id, id),
  foreign key (commune_id, initiative_id) references initiatives (commune_id, id) on delete cascade
);

-- Phong trào thi đua.
create table movements (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  plan_document_id uuid,
  starts_on date not null,
  ends_on date,
  description text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, plan_document_id) references documents (commune_id, id),
  check (ends_on is null or ends_on >= starts_on)
);

-- Tuyên truyền: broadcasts, banners, conferences, web posts, contests.
create table communication_entries (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('broadcast', 'banner', 'conference', 'webPost', 'contest')),
  entry_date date not null,
  title text not null,
  quantity integer not null default 1 check (quantity >= 1),
  participants integer check (participants >= 0),
  entries integer check (entries >= 0),
  movement_id uuid,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, movement_id) references movements (commune_id, id)
);
create index communication_entries_date on communication_entries (commune_id, entry_date);

-- Chính quyền thân thiện: the names a letter needs, recorded with the civil-status dossier.
alter table dossiers add column subject_names jsonb;

create table letter_templates (
  commune_id uuid not null references communes(id),
  kind text not null check (kind in ('newborn', 'marriage', 'condolence')),
  title text not null,
  body text not null,
  paper text not null default 'A5' check (paper in ('A4', 'A5')),
  updated_at timestamptz not null default now(),
  primary key (commune_id, kind)
);

create table letters (
  commune_id uuid not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  kind text not null check (kind in ('newborn', 'marriage', 'condolence')),
  status text not null default 'draft' check (status in ('draft', 'sent', 'cancelled')),
  recipient text not null,
  title text not null,
  body text not null,
  paper text not null check (paper in ('A4', 'A5')),
  letter_date date not null,
  signer_name text not null default '',
  sent_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, dossier_id),
  foreign key (commune_id, dossier_id) references dossiers (commune_id, id) on delete cascade,
  check ((status = 'sent') = (sent_date is not null))
);
create index letters_sent on letters (commune_id, sent_date);

-- Cán bộ, công chức.
create table officials (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  full_name text not null,
  birth_year integer check (birth_year between 1930 and 2020),
  gender text check (gender in ('male', 'female')),
  category text not null check (category in ('cadre', 'civilServant', 'partTime')),
  position text not null,
  duties text not null default '',
  degree text not null check (degree in ('postgraduate', 'university', 'college', 'intermediate', 'none')),
  major text,
  political_theory text not null check (political_theory in ('advanced', 'intermediate', 'elementary', 'none')),
  state_management text not null check (state_management in ('seniorSpecialist', 'principalSpecialist', 'specialist', 'none')),
  joined_on date,
  left_on date,
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  check (left_on is null or joined_on is null or left_on >= joined_on)
);

create table official_ratings (
  commune_id uuid not null,
  official_id uuid not null,
  year integer not null check (year between 2000 and 2100),
  rating text not null check (rating in ('excellent', 'good', 'satisfactory', 'unsatisfactory')),
  primary key (commune_id, official_id, year),
  foreign key (commune_id, official_id) references officials (commune_id, id) on delete cascade
);

create table official_trainings (
  commune_id uuid not null,
  official_id uuid not null,
  id uuid not null default gen_random_uuid(),
  title text not null,
  provider text not null default '',
  starts_on date not null,
  ends_on date,
  certificate text,
  primary key (commune_id, id),
  foreign key (commune_id, official_id) references officials (commune_id, id) on delete cascade,
  check (ends_on is null or ends_on >= starts_on)
);

-- Kiểm tra, giám sát.
create table inspections (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('selfInspection', 'councilSupervision', 'frontSupervision', 'communitySupervision')),
  title text not null,
  subject text not null,
  conducted_by text not null,
  starts_on date not null,
  ends_on date,
  document_id uuid,
  conclusion text,
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, document_id) references documents (commune_id, id),
  check (ends_on is null or ends_on >= starts_on)
);
create index inspections_date on inspections (commune_id, starts_on);

create table inspection_findings (
  commune_id uuid not null,
  inspection_id uuid not null,
  id uuid not null default gen_random_uuid(),
  description text not null,
  responsible text not null,
  due_on date,
  fixed_on date,
  fix_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, inspection_id) references inspections (commune_id, id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['democracy_settings', 'document_counters', 'documents', 'document_links', 'record_files',
    'disclosure_categories', 'disclosure_items', 'consultation_rules', 'consultation_drafts', 'consultation_passages',
    'consultation_meetings', 'consultation_responses', 'consultation_opinions', 'initiatives',
    'initiative_registrations', 'initiative_commendations', 'movements', 'communication_entries', 'letter_templates',
    'letters', 'officials', 'official_ratings', 'official_trainings', 'inspections', 'inspection_findings'] loop
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
