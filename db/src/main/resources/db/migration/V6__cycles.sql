-- Assessment cycles (issue 4): one approved scheme version applied to a set of units for a period. The state
-- machine is gongkai.cycle.CycleProgress (docs/decisions/006-cycle-state-machine.md); this stores its dates.
-- Scores and events are JSON in the shapes of the scoring engine's input, so that a preliminary result can be
-- recomputed from what is stored.
create table cycle (
  tenant_id                 uuid         not null references tenant (id),
  id                        uuid         not null,
  code                      varchar(64)  not null check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  scheme_code               varchar(64)  not null,
  scheme_version            integer      not null,
  period                    varchar(32)  not null,
  state                     varchar(16)  not null check (state in ('PLANNED', 'NOTIFIED', 'SELF_ASSESSMENT',
                              'ASSESSMENT', 'PRELIMINARY', 'REVIEW', 'FINAL', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
  rules                     jsonb        not null,
  time_zone                 varchar(64)  not null,
  notice_date               date,
  assessment_started_on     date,
  review_window_due         date,
  review_window_end         timestamptz,
  review_decision_due       date,
  review_decision_end       timestamptz,
  review_closed_at          timestamptz,
  approval_reference        varchar(200),
  approved_on               date,
  published_at              timestamptz,
  cancellation_reason       varchar(500),
  version                   bigint       not null default 0,
  created_at                timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, scheme_code, scheme_version)
    references assessment_scheme (tenant_id, code, scheme_version)
);

-- One assessed unit in a cycle: its self-assessment, the assessors' scores and events, its results.
create table cycle_unit (
  tenant_id                 uuid         not null references tenant (id),
  id                        uuid         not null,
  cycle_id                  uuid         not null,
  unit_id                   uuid         not null,
  assessors                 jsonb        not null default '[]',
  self_scores               jsonb,
  self_report               text,
  self_submitted_at         timestamptz,
  scores                    jsonb        not null default '{}',
  scored_at                 timestamptz,
  events                    jsonb        not null default '{}',
  preliminary_total         numeric(7, 2),
  preliminary_grade         varchar(16)  check (preliminary_grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  preliminary_explanation   jsonb,
  final_grade               varchar(16)  check (final_grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  version                   bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, cycle_id, unit_id),
  foreign key (tenant_id, cycle_id) references cycle (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- A unit's review request (复核) against one indicator, and the decision with the score before and after.
create table review_request (
  tenant_id                 uuid         not null references tenant (id),
  id                        uuid         not null,
  cycle_id                  uuid         not null,
  unit_id                   uuid         not null,
  indicator                 varchar(64)  not null,
  reason                    varchar(2000) not null,
  requested_by              varchar(100) not null,
  requested_at              timestamptz  not null,
  accepted                  boolean,
  decided_reason            varchar(2000),
  decided_by                varchar(100),
  decided_at                timestamptz,
  late                      boolean      not null default false,
  old_score                 numeric(7, 2),
  new_score                 numeric(7, 2),
  version                   bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, cycle_id, unit_id, indicator),
  foreign key (tenant_id, cycle_id) references cycle (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

select gongkai_isolate_tenant_table('cycle');
select gongkai_isolate_tenant_table('cycle_unit');
select gongkai_isolate_tenant_table('review_request');

grant select, insert, update, delete on cycle, cycle_unit, review_request to ${appRole};
