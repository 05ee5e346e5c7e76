-- Reading hand-written reports (issue 8): what was read from a commune's report file, corrected by
-- a person, and saved as that commune's figures for the period.
--
-- Why this shape:
-- * `intakes` keeps the report's normalised text, because every span (of a value, a cited document,
--   a finding) indexes it: the reviewer sees each value in its sentence, now and a year later. The
--   file's bytes are not kept; the text is what was read. Cited documents and findings are read and
--   shown whole, so they are jsonb.
-- * `intake_values` holds one row per indicator: the value read (`extracted`, null when a person
--   added it) and the value in force (`value`), with its span and sentence. `edited` marks a value a
--   person changed or added, so the province knows which figures are the report's and which are not.
-- * A saved intake (`status = 'saved'`) is the commune's figures for its period, read by the
--   province roll-up for communes that keep no records in Dân Vận. One saved intake per commune and
--   period: saving another supersedes it.
-- * Province reviewers read their province's reports and enter them, without writing any of the
--   commune's own records: these tables are writable by whoever reads the commune (as audit_log
--   is), not only by those who write its records. The portal's read-all scope is '*', never a list,
--   so it writes nothing here.
-- * commune_id leads every key (tenancy by RLS as in 0003, sharding by commune).

create table intakes (
  commune_id uuid not null references communes(id),
  id uuid not null default gen_random_uuid(),
  file_name text not null,
  text text not null,                                   -- normalised report text; spans index it
  period_from date,
  period_to date,
  period_label text,                                    -- 2023-H1, 2023, 2023-Q3, or from..to
  detected jsonb not null,                              -- commune and period as read (name, span, text)
  documents jsonb not null default '[]',                -- CitedDocument[]
  findings jsonb not null default '[]',                 -- Finding[] of the text as read
  status text not null default 'draft' check (status in ('draft', 'saved', 'superseded')),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_by uuid references users(id),
  updated_at timestamptz not null default now(),
  saved_by uuid references users(id),
  saved_at timestamptz,
  primary key (commune_id, id),
  check ((period_from is null) = (period_to is null) and (period_from is null) = (period_label is null)),
  check (period_from <= period_to),
  check (status = 'draft' or (period_from is not null and saved_at is not null))
);
create unique index intakes_one_saved on intakes (commune_id, period_from, period_to) where status = 'saved';
create index intakes_created on intakes (commune_id, created_at desc);

create table intake_values (
  commune_id uuid not null,
  intake_id uuid not null,
  key text not null,                                    -- PRIMER §4 key; rates as fractions
  value double precision not null,
  extracted double precision,                           -- as read; null when a person added it
  qualifier text check (qualifier in ('atLeast', 'atMost', 'about')),
  span_start integer,
  span_end integer,
  sentence text,
  pattern text,
  edited boolean not null default false,
  primary key (commune_id, intake_id, key),
  foreign key (commune_id, intake_id) references intakes (commune_id, id) on delete cascade,
  check ((span_start is null) = (span_end is null) and span_start <= span_end),
  check (edited or extracted is not null)
);

do $$
declare t text;
begin
  foreach t in array array['intakes', 'intake_values'] loop
    execute format('alter table %I enable row level security', t);
    -- Scope evaluated once per statement (see 0003).
    execute format($p$create policy %I on %I for select to danvan_app
      using ((select danvan_scope_all('danvan.read')) or commune_id = any ((select danvan_scope_ids('danvan.read'))::uuid[]))$p$, t || '_read', t);
    execute format($p$create policy %I on %I for all to danvan_app
      using ((select danvan_scope_all('danvan.write')) or commune_id = any ((select danvan_scope_ids('danvan.read'))::uuid[]))
      with check ((select danvan_scope_all('danvan.write')) or commune_id = any ((select danvan_scope_ids('danvan.read'))::uuid[]))$p$, t || '_write', t);
    execute format('grant select, insert, update, delete on %I to danvan_app', t);
  end loop;
end
$$;
