-- "Which profiles list this occupation as similar" (its own similar-occupations rows when an edition
-- is written or removed) looks similar_occupation up by its target: without an index, a scan of the
-- whole table for each occupation.
create index similar_occupation_target_idx on similar_occupation (similar_occupation_id);
