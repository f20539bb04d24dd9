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
