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
