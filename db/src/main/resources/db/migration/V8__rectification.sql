-- Consequences of assessment cycles (issue 4): rectification orders (整改) with their reports, accountability
-- flags (责任追究 starts from them) and routine assessment (Weibin 2020 Art. 9: weekly checks against each unit's
-- task list). The rules are gongkai.cycle.Rectification and gongkai.cycle.RoutineAssessment; this stores them.

-- An order to rectify one thing of one unit by a deadline in working days, the unit's latest report and the
-- office's decision on it. cycle_id is null for an order made by hand outside a cycle or for a routine month.
create table rectification_order (
  tenant_id                 uuid          not null references tenant (id),
  id                        uuid          not null,
  cycle_id                  uuid,
  unit_id                   uuid          not null,
  reason                    varchar(32)   not null check (reason in ('FAIL_GRADE', 'CONTESTED_ITEM', 'FAILED_ITEM',
                              'FAILED_MONTH', 'MANUAL')),
  subject                   varchar(200)  not null,
  note                      varchar(2000),
  ordered_at                timestamptz   not null,
  ordered_by                varchar(100)  not null,
  due_date                  date          not null,
  due_end                   timestamptz   not null,
  state                     varchar(16)   not null check (state in ('ORDERED', 'REPORTED', 'SENT_BACK', 'ACCEPTED')),
  report                    text,
  evidence                  jsonb         not null default '[]',
  reported_by               varchar(100),
  reported_at               timestamptz,
  reports                   integer       not null default 0,
  decision_reason           varchar(2000),
  decided_by                varchar(100),
  decided_at                timestamptz,
  version                   bigint        not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, cycle_id) references cycle (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);
-- One automatic order per cycle, unit, reason and subject (finalising twice cannot double them); manual orders
-- are free.
create unique index rectification_order_once on rectification_order (tenant_id, cycle_id, unit_id, reason, subject)
  where reason <> 'MANUAL';
create index rectification_order_unit on rectification_order (tenant_id, unit_id);

-- A finding that later opens an accountability case, and whether the office has opened it.
create table accountability_flag (
  tenant_id                 uuid          not null references tenant (id),
  id                        uuid          not null,
  unit_id                   uuid          not null,
  kind                      varchar(40)   not null check (kind in ('FAIL_TWO_YEARS_RUNNING',
                              'SOCIAL_EVALUATION_DISSATISFIED')),
  basis                     varchar(200)  not null,
  raised_at                 timestamptz   not null,
  raised_by                 varchar(100)  not null,
  case_reference            varchar(200),
  case_opened_at            timestamptz,
  case_opened_by            varchar(100),
  version                   bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, unit_id, kind, basis),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- A unit's task list (任务分解) for routine assessment: the items its weekly checks are made against.
create table routine_task_list (
  tenant_id                 uuid          not null references tenant (id),
  id                        uuid          not null,
  unit_id                   uuid          not null,
  items                     jsonb         not null,
  version                   bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, unit_id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- One weekly check (周检查) of one unit: the items of its task list below standard that week (empty: all met).
create table routine_check (
  tenant_id                 uuid          not null references tenant (id),
  id                        uuid          not null,
  unit_id                   uuid          not null,
  week                      varchar(8)    not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
  items_below_standard      jsonb         not null,
  checked_by                varchar(100)  not null,
  checked_at                timestamptz   not null,
  version                   bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, unit_id, week),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

select gongkai_isolate_tenant_table('rectification_order');
select gongkai_isolate_tenant_table('accountability_flag');
select gongkai_isolate_tenant_table('routine_task_list');
select gongkai_isolate_tenant_table('routine_check');

grant select, insert, update, delete on rectification_order, accountability_flag, routine_task_list, routine_check
  to ${appRole};
