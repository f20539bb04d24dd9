-- Tenancy foundation: jurisdictions, assessed units, users, API tokens, audit log.
-- Every tenant-owned table leads its primary, unique and foreign keys with tenant_id
-- (docs/decisions/002-tenant-isolation.md) so the schema can be distributed by tenant on Citus.

-- The tenant of the current transaction, set only by the application's tenancy layer
-- with set_config('app.tenant_id', ..., true). Unset -> NULL -> no tenant row is visible.
create function gongkai_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The registry of jurisdictions (not tenant-owned: it is how tenants are found).
create table tenant (
  id               uuid         primary key,
  code             varchar(64)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name_zh_hans     varchar(200) not null,
  name_zh_hant     varchar(200),
  name_en          varchar(200),
  level            varchar(16)  not null check (level in ('PLATFORM', 'PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
  parent_id        uuid         references tenant (id),
  time_zone        varchar(64)  not null default 'Asia/Shanghai',
  unit_code_prefix varchar(32),
  active           boolean      not null default true,
  version          bigint       not null default 0,
  created_at       timestamptz  not null default now(),
  check (parent_id is null or parent_id <> id)
);
create index tenant_parent on tenant (parent_id);

create table assessed_unit (
  tenant_id        uuid         not null references tenant (id),
  id               uuid         not null,
  code             varchar(64)  not null,
  kind             varchar(32)  not null check (kind in ('DEPARTMENT', 'LOWER_GOVERNMENT', 'TOWN_OFFICE', 'BY_REFERENCE')),
  name_zh_hans     varchar(200) not null,
  name_zh_hant     varchar(200),
  name_en          varchar(200),
  linked_tenant_id uuid         references tenant (id),
  active           boolean      not null default true,
  version          bigint       not null default 0,
  created_at       timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code)
);

create table user_account (
  tenant_id     uuid         not null references tenant (id),
  id            uuid         not null,
  username      varchar(64)  not null,
  display_name  varchar(200) not null,
  role          varchar(32)  not null check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'ASSESSOR', 'UNIT_LIAISON', 'PANEL_MEMBER')),
  unit_id       uuid,
  password_hash varchar(255),
  language      varchar(16)  not null default 'zh-Hans',
  active        boolean      not null default true,
  failed_logins integer      not null default 0,
  locked_until  timestamptz,
  version       bigint       not null default 0,
  created_at    timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, username),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id),
  check ((role = 'UNIT_LIAISON') = (unit_id is not null))
);

-- Login names are unique across the platform: this directory maps a name to its tenant
-- before any tenant is known. It holds no secret; it is kept by a trigger, never by hand.
create table login_directory (
  username  varchar(64) primary key,
  tenant_id uuid        not null references tenant (id),
  user_id   uuid        not null
);

create function gongkai_sync_login_directory() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  if tg_op = 'INSERT' then
    insert into login_directory (username, tenant_id, user_id) values (new.username, new.tenant_id, new.id);
  elsif tg_op = 'UPDATE' and new.username <> old.username then
    update login_directory set username = new.username where username = old.username;
  elsif tg_op = 'DELETE' then
    delete from login_directory where username = old.username;
  end if;
  return null;
end $$;

create trigger user_account_login_directory
  after insert or update of username or delete on user_account
  for each row execute function gongkai_sync_login_directory();

create table api_token (
  tenant_id    uuid         not null references tenant (id),
  id           uuid         not null,
  user_id      uuid         not null,
  name         varchar(100) not null,
  token_hash   char(64)     not null,
  created_at   timestamptz  not null default now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references user_account (tenant_id, id)
);

-- Bearer tokens carry their id; this directory finds the tenant for it (no secret here).
create table token_directory (
  token_id  uuid primary key,
  tenant_id uuid not null references tenant (id)
);

create function gongkai_sync_token_directory() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  if tg_op = 'INSERT' then
    insert into token_directory (token_id, tenant_id) values (new.id, new.tenant_id);
  elsif tg_op = 'DELETE' then
    delete from token_directory where token_id = old.id;
  end if;
  return null;
end $$;

create trigger api_token_directory
  after insert or delete on api_token
  for each row execute function gongkai_sync_token_directory();

-- Append-only audit log: the application may insert and read, never change or delete.
create table audit_event (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  occurred_at timestamptz  not null default now(),
  actor       varchar(64)  not null,
  action      varchar(32)  not null,
  entity_type varchar(64)  not null,
  entity_id   uuid,
  entity_key  varchar(200),
  before      jsonb,
  after       jsonb,
  primary key (tenant_id, id)
);
create index audit_event_time on audit_event (tenant_id, occurred_at desc);

create function gongkai_audit_is_append_only() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_event is append-only'; end $$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each statement execute function gongkai_audit_is_append_only();

-- Row-level security on every tenant-owned table, forced so that even the owner obeys it. Every migration that
-- adds a tenant-owned table calls this; RowLevelSecurityTest fails for any table with a tenant_id it missed.
create function gongkai_isolate_tenant_table(t regclass) returns void
  language plpgsql
  as $$
begin
  execute format('alter table %s enable row level security', t);
  execute format('alter table %s force row level security', t);
  execute format('create policy tenant_isolation on %s using (tenant_id = gongkai_current_tenant())'
                 ' with check (tenant_id = gongkai_current_tenant())', t);
end $$;

select gongkai_isolate_tenant_table('assessed_unit');
select gongkai_isolate_tenant_table('user_account');
select gongkai_isolate_tenant_table('api_token');
select gongkai_isolate_tenant_table('audit_event');

grant usage on schema public to ${appRole};
grant select, insert, update on tenant to ${appRole};
grant select on login_directory, token_directory to ${appRole};
grant select, insert, update, delete on assessed_unit, user_account, api_token to ${appRole};
grant select, insert on audit_event to ${appRole};
grant execute on function gongkai_current_tenant() to ${appRole};
