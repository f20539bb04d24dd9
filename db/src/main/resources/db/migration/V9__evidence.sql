-- Evidence files (issue 4): what a unit attaches to a self-assessment indicator, or an assessor to a bonus,
-- deduction or veto event. The metadata and the bytes are two tables so that listing never reads the bytes; both are
-- tenant-owned with forced RLS. Type (checked by content), size (at most 20 MiB) and the SHA-256 are decided by
-- gongkai.cycle.EvidenceFiles before anything is written.
create table evidence_file (
  tenant_id     uuid         not null references tenant (id),
  id            uuid         not null,
  cycle_id      uuid         not null,
  unit_id       uuid         not null,
  indicator     varchar(64),
  event_code    varchar(64),
  filename      varchar(255) not null,
  media_type    varchar(127) not null,
  size_bytes    bigint       not null check (size_bytes between 1 and 20971520),
  sha256        char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by   varchar(100) not null,
  uploaded_at   timestamptz  not null,
  primary key (tenant_id, id),
  check ((indicator is null) <> (event_code is null)),
  foreign key (tenant_id, cycle_id) references cycle (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id),
  foreign key (tenant_id, cycle_id, unit_id) references cycle_unit (tenant_id, cycle_id, unit_id)
);

create index evidence_file_unit on evidence_file (tenant_id, cycle_id, unit_id);

create table evidence_content (
  tenant_id     uuid         not null references tenant (id),
  id            uuid         not null,
  content       bytea        not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, id) references evidence_file (tenant_id, id) on delete cascade
);

-- The bytes are already compressed formats for the most part (PDF streams, JPEG, PNG, OOXML zips).
alter table evidence_content alter column content set storage external;

select gongkai_isolate_tenant_table('evidence_file');
select gongkai_isolate_tenant_table('evidence_content');

grant select, insert, delete on evidence_file, evidence_content to ${appRole};
