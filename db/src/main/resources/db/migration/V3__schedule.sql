-- The last run of each scheduled job, per tenant (docs/decisions/004-scheduler.md): what the Quartz tables
-- forget once a trigger has completed. Written by the application after every run of a tenant job.
create table job_run (
  tenant_id        uuid          not null references tenant (id),
  id               uuid          not null,
  job_name         varchar(200)  not null,
  last_fired_at    timestamptz   not null,
  last_finished_at timestamptz   not null,
  last_outcome     varchar(16)   not null check (last_outcome in ('SUCCEEDED', 'FAILED', 'SKIPPED')),
  last_note        varchar(1000),
  last_node        varchar(200),
  runs             bigint        not null default 0,
  failures         bigint        not null default 0,
  version          bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, job_name)
);

select gongkai_isolate_tenant_table('job_run');

grant select, insert, update on job_run to ${appRole};
