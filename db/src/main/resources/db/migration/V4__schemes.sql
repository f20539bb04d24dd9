-- Assessment schemes (issue 3): per tenant, per year, versioned. Only a DRAFT version changes; an APPROVED or
-- IN_USE version is frozen (the application refuses changes; a new version is the way to change rules).
-- The definition is the scoring engine's SchemeDefinition in its JSON form; code, year and name are copied
-- out of it for listing.
create table assessment_scheme (
  tenant_id      uuid         not null references tenant (id),
  id             uuid         not null,
  code           varchar(64)  not null check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  year           integer      not null check (year between 2000 and 2100),
  scheme_version integer      not null check (scheme_version >= 1),
  state          varchar(16)  not null check (state in ('DRAFT', 'APPROVED', 'IN_USE')),
  name_zh_hans   text,
  name_zh_hant   text,
  name_en        text,
  based_on       varchar(100),
  definition     jsonb        not null,
  version        bigint       not null default 0,
  created_at     timestamptz  not null default now(),
  updated_at     timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code, scheme_version)
);
create index assessment_scheme_year on assessment_scheme (tenant_id, year desc, code);

select gongkai_isolate_tenant_table('assessment_scheme');

grant select, insert, update, delete on assessment_scheme to ${appRole};
