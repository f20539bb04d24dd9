-- The running tallies' trigger (V13, V14) built its two upserts as text and ran them with EXECUTE, so PostgreSQL parsed
-- and planned them again for every statement that changed a response: about 1.5 ms of the writer's connection each
-- time (pg_stat_statements and pg_stat_user_functions under the submission benchmark: the function's own time was
-- 11.6 s of 30 s, its upserts' execution 4.8 s of it; issue 5, docs/decisions/016). The same statements written in
-- the function itself are planned once per connection and kept (PL/pgSQL's plan cache), one copy for each operation
-- because each sees its own transition tables. What they count is unchanged.
create or replace function gongkai_tally_survey_responses() returns trigger
  language plpgsql
  as $$
declare
  touched boolean;
begin
  if tg_op = 'INSERT' then
    -- an insert that stored nothing (every row a conflict) has nothing to count
    select exists (select 1 from new_rows) into touched;
    if not touched then
      return null;
    end if;
    -- each new row's group once (materialized: not again for each of its answers)
    with d as materialized (
      select tenant_id, campaign_id, unit_id, mode, gongkai_response_answered(scored) as answered,
             gongkai_response_left_out(flags, review) as left_out, sign, score, scored
      from (select n.*, 1 as sign from new_rows n) c),
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
      set responses = t.responses + excluded.responses;
  elsif tg_op = 'UPDATE' then
    -- a statement that changed no row (the writer's flag updates mostly) has nothing to count
    select exists (select 1 from new_rows) into touched;
    if not touched then
      return null;
    end if;
    -- the new rows count in, the old ones out: a change that moves nothing between groups nets to zero
    with d as materialized (
      select tenant_id, campaign_id, unit_id, mode, gongkai_response_answered(scored) as answered,
             gongkai_response_left_out(flags, review) as left_out, sign, score, scored
      from (select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o) c),
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
      set responses = t.responses + excluded.responses;
  else
    select exists (select 1 from old_rows) into touched;
    if not touched then
      return null;
    end if;
    with d as materialized (
      select tenant_id, campaign_id, unit_id, mode, gongkai_response_answered(scored) as answered,
             gongkai_response_left_out(flags, review) as left_out, sign, score, scored
      from (select o.*, -1 as sign from old_rows o) c),
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
      set responses = t.responses + excluded.responses;
  end if;
  return null;
end $$;
