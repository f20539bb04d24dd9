-- A tenant's working-day calendar (issue 4): its own local holidays and extra working days, and the official
-- holiday lists it imported for years the built-in data (2020-2026, gongkai/calendar/official-days.csv) lacks.
-- The built-in official list itself is code, not data: it is the same for every tenant.

-- One row per date the tenant overrides; the override wins over the official list and the day of the week.
create table calendar_day (
  tenant_id  uuid        not null references tenant (id),
  id         uuid        not null,
  day        date        not null,
  kind       varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
  name       varchar(60) not null check (length(btrim(name)) > 0),
  version    bigint      not null default 0,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, day)
);

-- One row per imported year: the list as the office sent it (the format of official-days.csv), parsed again on
-- use so that the stored text is the single source of the year's days and the audit log can show it.
create table calendar_year (
  tenant_id   uuid        not null references tenant (id),
  id          uuid        not null,
  year        integer     not null check (year between 2000 and 2100),
  list        text        not null,
  version     bigint      not null default 0,
  imported_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year)
);

select gongkai_isolate_tenant_table('calendar_day');
select gongkai_isolate_tenant_table('calendar_year');

grant select, insert, update, delete on calendar_day, calendar_year to ${appRole};
