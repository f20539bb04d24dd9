-- Social evaluation at scale (issue 5): quality flags kept up to date at insert time, the tenant's result rules per
-- campaign, and the campaign a cycle reads its social-evaluation results from.

-- Responses with the same answers about the same unit (the DUPLICATE_PATTERN check, one probe per new response).
create index survey_response_pattern on survey_response (tenant_id, campaign_id, unit_id, scored);
-- Responses of one address hash in time order not yet flagged as a burst (the ADDRESS_BURST check).
create index survey_response_address on survey_response (tenant_id, campaign_id, address_hash, submitted_at);
create index survey_response_unflagged_address on survey_response (tenant_id, campaign_id, address_hash, submitted_at)
  where position('ADDRESS_BURST' in flags) = 0;

-- How a campaign's responses become results (gongkai.survey.CampaignRules): the public and panel parts' weights in
-- percent (summing to 100), whether the level reads the satisfaction rate or the score, the level thresholds, and
-- the smallest samples that decide. Defaults: the seeds' common rules (Jinchang 2022 Art. 8).
alter table campaign
  add column public_weight             integer      not null default 100 check (public_weight between 0 and 100),
  add column panel_weight              integer      not null default 0 check (panel_weight between 0 and 100),
  add column level_basis               varchar(20)  not null default 'SATISFACTION_RATE'
                                         check (level_basis in ('SATISFACTION_RATE', 'SCORE')),
  add column satisfied_from            numeric(5,2) not null default 80 check (satisfied_from between 0 and 100),
  add column basically_satisfied_from  numeric(5,2) not null default 60 check (basically_satisfied_from between 0 and 100),
  add column minimum_public_responses  integer      not null default 30 check (minimum_public_responses >= 0),
  add column minimum_panel_responses   integer      not null default 5 check (minimum_panel_responses >= 0),
  add constraint campaign_weights_sum check (public_weight + panel_weight = 100),
  add constraint campaign_thresholds_order check (satisfied_from >= basically_satisfied_from);

-- The campaign whose results feed a cycle's SOCIAL components and satisfactionRate conditions (issue 5).
alter table cycle add column survey_campaign_code varchar(64);

-- Representative evaluation (代表评议): a campaign's panel members, each of a type, invited by a personal link
-- (a random token; only its hash is kept) and needing no account. Their scores are survey_response rows of mode
-- REPRESENTATIVE carrying the member, one per member and unit (a member may correct theirs while the campaign is open).
create table panel_member (
  tenant_id        uuid         not null references tenant (id),
  id               uuid         not null,
  campaign_id      uuid         not null,
  name             varchar(100) not null,
  member_type      varchar(32)  not null check (member_type in ('NPC_DEPUTY', 'CPPCC_MEMBER', 'MEDIA', 'EXPERT',
                                  'SOCIAL_SUPERVISOR', 'CITIZEN_REPRESENTATIVE')),
  token_hash       char(64)     not null,
  invited_at       timestamptz  not null default now(),
  reminders        integer      not null default 0,
  last_reminded_at timestamptz,
  version          bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id)
);

-- A personal link knows only its token: this directory maps the token's hash to its tenant (like survey_slug).
create table panel_token (
  token_hash char(64) primary key,
  tenant_id  uuid     not null references tenant (id)
);

create function gongkai_sync_panel_token() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  if tg_op = 'INSERT' then
    insert into panel_token (token_hash, tenant_id) values (new.token_hash, new.tenant_id);
  elsif tg_op = 'DELETE' then
    delete from panel_token where token_hash = old.token_hash;
  end if;
  return null;
end $$;

create trigger panel_member_token
  after insert or delete on panel_member
  for each row execute function gongkai_sync_panel_token();

alter table survey_response
  add column panel_member_id uuid,
  add constraint survey_response_panel_member foreign key (tenant_id, panel_member_id)
    references panel_member (tenant_id, id),
  add constraint survey_response_one_per_member unique (tenant_id, campaign_id, unit_id, panel_member_id);

select gongkai_isolate_tenant_table('panel_member');
grant select, insert, update, delete on panel_member to ${appRole};
grant select on panel_token to ${appRole};
