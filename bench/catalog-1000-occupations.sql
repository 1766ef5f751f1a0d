-- 1,000 made-up occupations for the search and finder benchmark (bench/catalog-search.sh), PostgreSQL.
-- Each is a loaded profile with the seed profile's narrative and tab summaries, so the index holds
-- about as much text per occupation as a real profile; titles and duties vary so that queries
-- match different sets. Never run against a real database.
insert into occupation (edition_id, slug, group_id, title, plural_noun, soc_code, profile_loaded, summary_duties,
    entry_education, work_experience, on_the_job_training, median_pay_annual, median_pay_hourly,
    wages_reference_date, employment_base_year, employment, projection_end_year, projected_employment,
    outlook_percent, outlook_descriptor, employment_change, openings_per_year, source_url, last_modified_date)
select (select id from edition where code = '2022-32'), 'bench-occupation-' || i,
    (select id from occupation_group where slug = case when i % 2 = 0 then 'healthcare' else 'management' end),
    (array['Clinical', 'Data', 'Field', 'Senior', 'Technical', 'Records', 'Laboratory', 'Systems'])[1 + i % 8]
        || ' ' || (array['Analysts', 'Technicians', 'Managers', 'Specialists', 'Coordinators', 'Assistants'])[1 + i % 6]
        || ' ' || i,
    'bench workers ' || i, '99-' || lpad(i::text, 4, '0'), true,
    'Workers ' || i || ' plan, coordinate and review ' ||
        (array['patient records', 'budgets', 'laboratory samples', 'software systems', 'field surveys'])[1 + i % 5] || '.',
    (array['HIGH_SCHOOL', 'POSTSECONDARY_NONDEGREE', 'ASSOCIATE', 'BACHELOR', 'MASTER'])[1 + i % 5],
    (array['NONE', 'LESS_THAN_5_YEARS', 'FIVE_YEARS_OR_MORE'])[1 + i % 3],
    (array['NONE', 'SHORT_TERM', 'MODERATE_TERM', 'LONG_TERM'])[1 + i % 4],
    25000 + (i * 137) % 120000, round((25000 + (i * 137) % 120000) / 2080.0, 2),
    date '2022-05-01', 2022, 1000 + i * 50, 2032, 1000 + i * 50 + (i % 23 - 5) * 40,
    i % 23 - 5, (array['DECLINE', 'LITTLE_OR_NO_CHANGE', 'SLOWER', 'AVERAGE', 'FASTER', 'MUCH_FASTER'])[1 + i % 6],
    (i % 23 - 5) * 40, 100 + i, 'https://www.bls.gov/ooh/bench/' || i || '.htm', date '2023-09-06'
from generate_series(1, 1000) as i;

insert into narrative_block (occupation_id, tab, position, kind, label, text)
select o.id, n.tab, n.position, n.kind, n.label, n.text
from occupation o, narrative_block n
where o.slug like 'bench-occupation-%'
  and n.occupation_id = (select id from occupation where slug = 'health-information-technologists-and-medical-registrars');

insert into tab_summary (occupation_id, tab, position, text)
select o.id, s.tab, s.position, s.text
from occupation o, tab_summary s
where o.slug like 'bench-occupation-%'
  and s.occupation_id = (select id from occupation where slug = 'health-information-technologists-and-medical-registrars');
