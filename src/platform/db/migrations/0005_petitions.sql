-- Citizen reception, petitions, dialogue conferences and grassroots mediation (issue 5).
--
-- Why this shape:
-- * Every table leads with commune_id (tenancy by RLS as in 0003/0004, sharding by commune).
-- * A denouncer's identity is confidential by law (Luật Tố cáo 2018 arts. 8, 9): it never sits in
--   the petitions table (a check forbids submitter columns on denunciations) but in
--   petition_identities, and its rows (with the handwriting scans among the attachments) are
--   hidden by a restrictive policy unless the one service allowed to read them unlocks that
--   petition for the current transaction (danvan.identity). A list, an export or a statistic that
--   joins the table by mistake sees nothing.
-- * Every read of an identity is audited, so the audit log gains a 'view' action.
-- * Attachments live in the database (bytea, ≤ 5 MB, type checked by content before insert) so
--   the server stays stateless.
-- * A petition keeps the deadline rule version it was computed with (key + effective date), as
--   RULES.md requires: a case keeps the rule in force when it started.

alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('create', 'update', 'delete', 'view'));

-- How long after an answer a citizen may reopen their feedback on the portal (days, per commune).
alter table communes add column petition_reopen_days integer not null default 30
  check (petition_reopen_days between 0 and 365);

-- Tiếp công dân: one row per session (buổi); `citizens` counts visits (lượt).
create table reception_sessions (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('regular', 'periodic', 'adhoc')),
  session_date date not null,
  place text not null,
  receiver_id uuid references users(id),
  receiver_name text not null,
  receiver_role text not null,                -- "Chủ tịch UBND xã", "Công chức trực tiếp công dân"…
  citizens integer not null check (citizens >= 0),
  crowd boolean not null default false,       -- đoàn đông người
  topics text[] not null default '{}',
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id)
);
create index reception_sessions_date on reception_sessions (commune_id, session_date);

-- The published reception schedule: a weekly slot (weekday 1 = Monday … 7) or a one-off date.
create table reception_schedule (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('regular', 'periodic', 'adhoc')),
  receiver_name text not null,
  receiver_role text not null,
  weekday smallint check (weekday between 1 and 7),
  on_date date,
  start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  place text not null,
  note text,
  valid_from date not null,
  valid_to date,
  published boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  check ((weekday is null) <> (on_date is null)),
  check (end_time > start_time),
  check (valid_to is null or valid_to >= valid_from)
);

-- Answer templates per kind and topic, edited by the commune.
create table petition_templates (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('complaint', 'denunciation', 'feedback')),
  topic text not null,
  title text not null,
  body text not null,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id)
);

-- Đơn thư. The current stage's deadline is due_date (intake, then settlement once accepted);
-- intake_due_date keeps the first one so a past period can be counted as it stood.
create table petitions (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  code text not null,                         -- tracking code, unique within the commune
  secret_hash text not null,                  -- sha256 of the citizen's secret (shown once, never stored)
  kind text not null check (kind in ('complaint', 'denunciation', 'feedback')),
  channel text not null check (channel in ('reception', 'mail', 'portal', 'forwarded')),
  reception_session_id uuid,
  forwarded_by text,
  anonymous boolean not null default false,
  submitter_name text,
  submitter_address text,
  submitter_contact text,
  submitter_key text,                         -- searchKey(submitter_name): repeats, diacritics-insensitive
  subject text not null,
  subject_key text not null,
  topic text not null,
  content text not null,
  status text not null check (status in ('received', 'accepted', 'transferred', 'guided', 'filed', 'settled', 'answered')),
  received_date date not null,
  intake_rule_key text,
  intake_rule_from date,
  intake_due_date date,
  within_authority boolean,
  classified_date date,
  accepted_date date,
  rule_key text,
  rule_effective_from date,
  variant text check (variant in ('complex', 'remote', 'remoteComplex')),
  extensions jsonb not null default '[]',     -- [{days, reason, date}] granted on the current rule
  due_date date,
  assigned_official_id uuid references users(id),
  assigned_date date,
  closed_date date,
  outcome text check (outcome in ('founded', 'partlyFounded', 'unfounded')),
  decision_ref text,
  decision_date date,
  transferred_to text,
  letter_text text,
  for_inspection boolean not null default false,
  filed_reason text,
  repeated_of uuid,
  over_level boolean not null default false,
  answer_text text,
  answer_template_id uuid,
  answered_date date,
  answer_published boolean not null default false,
  published_date date,
  rating smallint check (rating between 1 and 5),
  rating_comment text,
  rated_date date,
  reopened_count integer not null default 0 check (reopened_count >= 0),
  reopen_reason text,
  reopened_date date,
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  unique (commune_id, code),
  foreign key (commune_id, reception_session_id) references reception_sessions (commune_id, id),
  foreign key (commune_id, repeated_of) references petitions (commune_id, id),
  -- A denouncer is never named here: the identity lives in petition_identities.
  check (kind <> 'denunciation' or (submitter_name is null and submitter_address is null
    and submitter_contact is null and submitter_key is null)),
  check (not anonymous or kind = 'denunciation'),
  check (accepted_date is null or accepted_date >= received_date),
  check (closed_date is null or closed_date >= received_date)
);
create index petitions_received on petitions (commune_id, received_date);
create index petitions_open on petitions (commune_id, due_date) where status in ('received', 'accepted');
create index petitions_submitter on petitions (commune_id, submitter_key) where submitter_key is not null;

create table petition_identities (
  commune_id uuid not null,
  petition_id uuid not null,
  full_name text not null,
  address text,
  contact text,
  note text,
  name_key text not null,                     -- searchKey(full_name), for repeats among denunciations
  created_at timestamptz not null default now(),
  primary key (commune_id, petition_id),
  foreign key (commune_id, petition_id) references petitions (commune_id, id) on delete cascade
);
create index petition_identities_name on petition_identities (commune_id, name_key);

create table petition_attachments (
  commune_id uuid not null,
  petition_id uuid not null,
  id uuid not null default gen_random_uuid(),
  file_name text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
  size_bytes integer not null check (size_bytes between 1 and 5242880),
  sha256 text not null,
  content bytea not null,
  identity boolean not null default false,    -- a denunciation's scans (handwriting): protected like the identity
  uploaded_at timestamptz not null default now(),
  uploaded_by uuid references users(id),
  primary key (commune_id, id),
  foreign key (commune_id, petition_id) references petitions (commune_id, id) on delete cascade,
  check (octet_length(content) = size_bytes)
);
create index petition_attachments_petition on petition_attachments (commune_id, petition_id);

-- Each step of a petition (timeline). Never holds identity data.
create table petition_events (
  commune_id uuid not null,
  petition_id uuid not null,
  id bigint generated always as identity,
  at timestamptz not null default now(),
  kind text not null,
  actor_id uuid references users(id),
  note text,
  data jsonb,
  primary key (commune_id, petition_id, id),
  foreign key (commune_id, petition_id) references petitions (commune_id, id) on delete cascade
);

-- Hội nghị đối thoại and the opinions raised there.
create table dialogue_conferences (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  held_date date not null,
  village_id uuid,
  place text not null,
  chaired_by text not null,
  topic text not null,
  participants integer not null default 0 check (participants >= 0),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, village_id) references villages (commune_id, id)
);
create index dialogue_conferences_date on dialogue_conferences (commune_id, held_date);

create table dialogue_opinions (
  commune_id uuid not null,
  conference_id uuid not null,
  id uuid not null default gen_random_uuid(),
  topic text not null,
  content text not null,
  raised_by text,
  outcome text not null check (outcome in ('answeredOnSpot', 'answeredLater', 'escalated', 'pending')),
  answer text,
  answered_date date,
  escalated_to text,
  created_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, conference_id) references dialogue_conferences (commune_id, id) on delete cascade,
  check (outcome <> 'answeredLater' or (answer is not null and answered_date is not null)),
  check (outcome <> 'escalated' or escalated_to is not null)
);
create index dialogue_opinions_conference on dialogue_opinions (commune_id, conference_id);

-- Hòa giải ở cơ sở.
create table mediation_cases (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  received_date date not null,
  village_id uuid,
  field text not null check (field in ('land', 'family', 'neighbour', 'civil', 'other')),
  subject text not null,
  parties text[] not null,
  mediators text[] not null,
  mediation_date date,
  result text not null check (result in ('successful', 'unsuccessful', 'ongoing')),
  result_date date,
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (commune_id, id),
  foreign key (commune_id, village_id) references villages (commune_id, id),
  check (cardinality(parties) >= 1),
  check ((result = 'ongoing') = (result_date is null)),
  check (result_date is null or result_date >= received_date)
);
create index mediation_cases_received on mediation_cases (commune_id, received_date);

do $$
declare t text;
begin
  foreach t in array array['reception_sessions', 'reception_schedule', 'petition_templates', 'petitions',
    'petition_identities', 'petition_attachments', 'petition_events', 'dialogue_conferences', 'dialogue_opinions',
    'mediation_cases'] loop
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

-- Identity rows (and identity scans) are read only for the one petition the identity service has
-- unlocked in this transaction, after checking who asks (src/modules/petitions/identity.ts).
create policy petition_identities_unlocked on petition_identities as restrictive for select to danvan_app
  using (petition_id::text = current_setting('danvan.identity', true));
create policy petition_attachments_unlocked on petition_attachments as restrictive for select to danvan_app
  using (not identity or petition_id::text = current_setting('danvan.identity', true));

-- Repeated denunciations are found by the denouncer's folded name without unlocking anyone's
-- identity: this function answers only petition ids, and only inside the caller's read scope.
create function danvan_denouncer_petitions(commune uuid, key text) returns setof uuid
language sql stable security definer set search_path = public as $$
  select i.petition_id from petition_identities i
  where i.commune_id = commune and i.name_key = key
    and (danvan_scope_all('danvan.read') or commune = any (danvan_scope_ids('danvan.read')))
$$;
revoke all on function danvan_denouncer_petitions(uuid, text) from public;
grant execute on function danvan_denouncer_petitions(uuid, text) to danvan_app;
