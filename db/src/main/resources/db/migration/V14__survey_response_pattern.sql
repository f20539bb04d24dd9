-- The DUPLICATE_PATTERN probe must use an index under row-level security (issue 5, docs/decisions/014).
-- Under a forced policy PostgreSQL evaluates a query's own conditions before the policy's only when their operators
-- are leakproof; array equality (array_eq) is not, so `scored = $1` could never be an index condition for the
-- application role and every submitted batch scanned all of a campaign's responses about the unit (the writer
-- slowed down as the table grew). An integer hash of the scored answers is compared with int4eq, which is
-- leakproof: the probe finds the candidates by index and then compares the arrays themselves.
alter table survey_response
  add column pattern integer generated always as (hash_array(scored)) stored;

create index survey_response_pattern_hash on survey_response (tenant_id, campaign_id, unit_id, pattern)
  where mode = 'PUBLIC';
drop index survey_response_pattern;

-- The running tallies' trigger (V13) runs once per statement, also for an update that changed no row: it now returns
-- at once then instead of planning and running its two upserts for nothing.
create or replace function gongkai_tally_survey_responses() returns trigger
  language plpgsql
  as $$
declare
  changed text := case tg_op
    when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
    when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
    else 'select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o' end;
  touched boolean;
begin
  -- a statement that changed no row (the writer's flag updates mostly) has nothing to count
  execute case when tg_op = 'DELETE' then 'select exists (select 1 from old_rows)'
               else 'select exists (select 1 from new_rows)' end into touched;
  if not touched then
    return null;
  end if;
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

-- (tenant_id, campaign_id, unit_id) is the prefix of the unique survey_response_one_per_member (V11): one index
-- fewer to maintain for every response stored.
drop index survey_response_campaign;
