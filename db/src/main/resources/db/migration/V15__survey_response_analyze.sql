-- A campaign's responses arrive by the thousand in its first minutes, and the writer's quality-check statements were
-- planned without statistics until autovacuum's first ANALYZE of the table (default: after 10% growth, checked once a
-- minute): a flag update then probed every response of the campaign per new one and a batch took seconds (issue 5,
-- docs/decisions/015). The table is analysed after every 2% of growth (at least 500 rows) instead.
alter table survey_response set (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 0.02);
