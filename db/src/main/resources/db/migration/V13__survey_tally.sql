-- Social evaluation (issue 5, docs/decisions/013-survey-running-tallies.md): running totals of each campaign's
-- responses, kept by triggers in the transaction that stores, flags, reviews or removes a response. Reading a
-- campaign's results then reads a few hundred tally rows instead of scanning a million responses.

-- The response's score (0-100, double precision) as the questionnaire's scoring model gives it, written with the
-- response by the application; 0 when the response cannot be scored. The results read only its sum and sum of
-- squares (the spread). NULL only for responses stored before this migration: the results score those in SQL.
alter table survey_response add column score double precision;
create index survey_response_unscored on survey_response (tenant_id, campaign_id) where score is null;

-- Left out of the "excluding flagged" figure: excluded by the administrator, or flagged and not kept (V12).
-- Never null: a response nobody reviewed has a null review.
create function gongkai_response_left_out(flags varchar, review varchar) returns boolean
  language sql immutable parallel safe
  as $$ select review is not distinct from 'EXCLUDED' or (flags <> '' and review is distinct from 'KEPT') $$;

-- The set of questions a response answered: bit k-1 for the k-th scored answer that is not -1 (unanswered).
create function gongkai_response_answered(scored integer[]) returns bigint
  language plpgsql immutable parallel safe
  as $$
declare
  answered bigint := 0;
begin
  -- a loop, not unnest: about 5 us a row against 17 us for the SQL function (1M rows of eight answers)
  for k in 1 .. coalesce(array_length(scored, 1), 0) loop
    if scored[k] >= 0 then
      answered := answered | (1::bigint << (k - 1));
    end if;
  end loop;
  return answered;
end $$;

-- Per campaign, unit, mode, answered set and left-out: how many responses, the sum and sum of squares of their
-- scores, and how many have no stored score yet.
create table survey_tally (
  tenant_id     uuid             not null references tenant (id),
  campaign_id   uuid             not null,
  unit_id       uuid             not null,
  mode          varchar(16)      not null,
  answered      bigint           not null,
  left_out      boolean          not null,
  responses     bigint           not null,
  score_sum     double precision not null,
  score_squares double precision not null,
  unscored      bigint           not null,
  primary key (tenant_id, campaign_id, unit_id, mode, answered, left_out),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- The same groups: per scored question (0-based position in the scoring model) and answer, how many gave it.
create table survey_tally_answer (
  tenant_id   uuid        not null references tenant (id),
  campaign_id uuid        not null,
  unit_id     uuid        not null,
  mode        varchar(16) not null,
  answered    bigint      not null,
  left_out    boolean     not null,
  question    smallint    not null,
  answer      smallint    not null,
  responses   bigint      not null,
  primary key (tenant_id, campaign_id, unit_id, mode, answered, left_out, question, answer),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, unit_id) references assessed_unit (tenant_id, id)
);

-- Adds the rows the statement inserted and subtracts those it deleted (an update does both), grouped, in key order
-- (so concurrent writers lock tally rows in the same order). Runs with the caller's rights: row-level security
-- applies to the tallies as to the responses.
create function gongkai_tally_survey_responses() returns trigger
  language plpgsql
  as $$
declare
  changed text := case tg_op
    when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
    when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
    else 'select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o' end;
begin
  -- each changed row's group once (materialized: not again for each of its answers)
  execute format($sql$
    with d as materialized (
      select tenant_id, campaign_id, unit_id, mode, gongkai_response_answered(scored) as answered,
             gongkai_response_left_out(flags, review) as left_out, sign, score, scored
      from (%s) c),
    groups as (
      insert into survey_tally as t (tenant_id, campaign_id, unit_id, mode, answered, left_out, responses, score_sum,
                                     score_squares, unscored)
      select tenant_id, campaign_id, unit_id, mode, answered, left_out, sum(sign), coalesce(sum(sign * score), 0),
             coalesce(sum(sign * score * score), 0), count(*) filter (where score is null and sign > 0)
                                                     - count(*) filter (where score is null and sign < 0)
      from d
      group by 1, 2, 3, 4, 5, 6
      having sum(sign) <> 0 or coalesce(sum(sign * score), 0) <> 0 or coalesce(sum(sign * score * score), 0) <> 0
          or count(*) filter (where score is null and sign > 0) <> count(*) filter (where score is null and sign < 0)
      order by 1, 2, 3, 4, 5, 6
      on conflict (tenant_id, campaign_id, unit_id, mode, answered, left_out) do update
        set responses = t.responses + excluded.responses, score_sum = t.score_sum + excluded.score_sum,
            score_squares = t.score_squares + excluded.score_squares, unscored = t.unscored + excluded.unscored)
    insert into survey_tally_answer as t (tenant_id, campaign_id, unit_id, mode, answered, left_out, question, answer,
                                          responses)
    select d.tenant_id, d.campaign_id, d.unit_id, d.mode, d.answered, d.left_out, a.k - 1, a.answer, sum(d.sign)
    from d cross join lateral unnest(d.scored) with ordinality as a(answer, k)
    where a.answer >= 0
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(d.sign) <> 0
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (tenant_id, campaign_id, unit_id, mode, answered, left_out, question, answer) do update
      set responses = t.responses + excluded.responses
    $sql$, changed);
  return null;
end $$;

-- The responses stored so far. FORCE row-level security binds the owner too: lifted while the tallies are built.
alter table survey_response no force row level security;
create temp table tally_source on commit drop as
select tenant_id, campaign_id, unit_id, mode, gongkai_response_answered(scored) as answered,
       gongkai_response_left_out(flags, review) as left_out, scored
from survey_response;
insert into survey_tally (tenant_id, campaign_id, unit_id, mode, answered, left_out, responses, score_sum,
                          score_squares, unscored)
select tenant_id, campaign_id, unit_id, mode, answered, left_out, count(*), 0, 0, count(*)
from tally_source group by 1, 2, 3, 4, 5, 6;
insert into survey_tally_answer (tenant_id, campaign_id, unit_id, mode, answered, left_out, question, answer, responses)
select r.tenant_id, r.campaign_id, r.unit_id, r.mode, r.answered, r.left_out, a.k - 1, a.answer, count(*)
from tally_source r cross join lateral unnest(r.scored) with ordinality as a(answer, k)
where a.answer >= 0
group by 1, 2, 3, 4, 5, 6, 7, 8;
alter table survey_response force row level security;

create trigger survey_response_tally_insert after insert on survey_response
  referencing new table as new_rows for each statement execute function gongkai_tally_survey_responses();
create trigger survey_response_tally_update after update on survey_response
  referencing old table as old_rows new table as new_rows
  for each statement execute function gongkai_tally_survey_responses();
create trigger survey_response_tally_delete after delete on survey_response
  referencing old table as old_rows for each statement execute function gongkai_tally_survey_responses();

select gongkai_isolate_tenant_table('survey_tally');
select gongkai_isolate_tenant_table('survey_tally_answer');
grant select, insert, update on survey_tally, survey_tally_answer to ${appRole};
grant execute on function gongkai_response_left_out(varchar, varchar), gongkai_response_answered(integer[])
  to ${appRole};
