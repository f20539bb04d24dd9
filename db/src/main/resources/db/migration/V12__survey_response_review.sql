-- Social evaluation (issue 5): the administrator's review of a flagged response. Quality checks only flag; a person
-- decides. NULL = not reviewed (a flagged response is then left out of the "excluding" figure, as before review),
-- EXCLUDED = left out, KEPT = counted in both figures (e.g. a family sharing one network address).
alter table survey_response add column review varchar(16) check (review in ('EXCLUDED', 'KEPT'));
