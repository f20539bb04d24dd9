-- Social evaluation (issue 5): questionnaires, campaigns and anonymous public responses.

-- A questionnaire version; only a DRAFT changes, and not while an open campaign uses it (checked by the application).
-- The definition is gongkai.survey.QuestionnaireDefinition in its JSON form (what import/export exchange).
create table questionnaire (
  tenant_id             uuid        not null references tenant (id),
  id                    uuid        not null,
  code                  varchar(64) not null check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  questionnaire_version integer     not null check (questionnaire_version >= 1),
  state                 varchar(16) not null check (state in ('DRAFT', 'PUBLISHED')),
  definition            jsonb       not null,
  version               bigint      not null default 0,
  created_at            timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code, questionnaire_version)
);

-- A campaign evaluates some units with one questionnaire version between two instants. Its slug is the public
-- link's last segment, unique platform-wide (survey_slug below).
create table campaign (
  tenant_id        uuid         not null references tenant (id),
  id               uuid         not null,
  code             varchar(64)  not null check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  slug             varchar(64)  not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name_zh_hans     varchar(200) not null,
  name_zh_hant     varchar(200),
  name_en          varchar(200),
  questionnaire_id uuid         not null,
  opens_at         timestamptz  not null,
  closes_at        timestamptz  not null,
  modes            varchar(32)  not null check (modes in ('PUBLIC', 'REPRESENTATIVE', 'PUBLIC,REPRESENTATIVE')),
  version          bigint       not null default 0,
  created_at       timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code),
  unique (tenant_id, slug),
  foreign key (tenant_id, questionnaire_id) references questionnaire (tenant_id, id),
  check (closes_at > opens_at)
);

-- The units a campaign evaluates, in the order respondents see them.
create table campaign_unit (
  tenant_id   uuid    not null references tenant (id),
  campaign_id uuid    not null,
  unit_id     uuid    not null,
  position    integer not null,
  primary key (tenant_id, campaign_id, unit_id),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- One anonymous response about one unit. No personal data: the network address and the browser token are kept
-- only as salted hashes (rate limits and one response per browser and unit), and the idempotency key makes a
-- retried submission count once: both are enforced here, not in memory.
create table survey_response (
  tenant_id          uuid        not null references tenant (id),
  id                 uuid        not null,
  campaign_id        uuid        not null,
  unit_id            uuid        not null,
  mode               varchar(16) not null default 'PUBLIC' check (mode in ('PUBLIC', 'REPRESENTATIVE')),
  answers            jsonb       not null,
  -- the scored answers in the order of the questionnaire's scoring model (-1 = unanswered), for aggregation
  scored             integer[]   not null,
  started_at         timestamptz,
  submitted_at       timestamptz not null default now(),
  address_hash       char(64),
  browser_token_hash char(64),
  idempotency_key    varchar(100),
  flags              varchar(200) not null default '',
  primary key (tenant_id, id),
  unique (tenant_id, campaign_id, idempotency_key),
  unique (tenant_id, campaign_id, unit_id, browser_token_hash),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);
create index survey_response_campaign on survey_response (tenant_id, campaign_id, unit_id);

-- An anonymous request knows only the slug: this directory maps it to its tenant before any tenant is known.
-- It holds nothing else (the slug is public by design); it is kept by a trigger, never by hand.
create table survey_slug (
  slug      varchar(64) primary key,
  tenant_id uuid        not null references tenant (id)
);

create function gongkai_sync_survey_slug() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  if tg_op = 'INSERT' then
    insert into survey_slug (slug, tenant_id) values (new.slug, new.tenant_id);
  elsif tg_op = 'UPDATE' and new.slug <> old.slug then
    update survey_slug set slug = new.slug where slug = old.slug;
  elsif tg_op = 'DELETE' then
    delete from survey_slug where slug = old.slug;
  end if;
  return null;
end $$;

create trigger campaign_survey_slug
  after insert or update of slug or delete on campaign
  for each row execute function gongkai_sync_survey_slug();

select gongkai_isolate_tenant_table('questionnaire');
select gongkai_isolate_tenant_table('campaign');
select gongkai_isolate_tenant_table('campaign_unit');
select gongkai_isolate_tenant_table('survey_response');

grant select, insert, update, delete on questionnaire, campaign, campaign_unit, survey_response to ${appRole};
grant select on survey_slug to ${appRole};
