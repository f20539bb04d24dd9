-- Public survey distribution (issue 5): one-time access codes printed for on-site distribution.

-- Whether a campaign's public survey takes only responses carrying an unused access code.
alter table campaign add column requires_access_code boolean not null default false;

-- An access code the office issued for a campaign, kept only as a hash (SHA-256 of the campaign id and the code):
-- the plain codes exist once, in the download the office prints. A submission consumes its code in its own
-- transaction (used_at set where it was null), so a code counts once even under concurrent submissions.
-- response_id names the response without a foreign key: responses may be written by another path (batching).
create table survey_access_code (
  tenant_id   uuid        not null references tenant (id),
  campaign_id uuid        not null,
  code_hash   char(64)    not null,
  created_at  timestamptz not null default now(),
  used_at     timestamptz,
  response_id uuid,
  primary key (tenant_id, campaign_id, code_hash),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  check ((used_at is null) = (response_id is null))
);

select gongkai_isolate_tenant_table('survey_access_code');

grant select, insert, update, delete on survey_access_code to ${appRole};
