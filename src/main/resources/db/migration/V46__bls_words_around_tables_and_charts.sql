-- BLS's own words around the charts, the Summary tab and the Similar Occupations table, which the
-- site used to write itself. All null for the seed (its page printed none of them): the site then
-- words them as before.

-- The lines under a chart ("Note: All Occupations includes all occupations in the U.S. Economy." and
-- "Source: ..."), joined by a line break, and the chart's title as BLS gives it.
alter table occupation add column wage_chart_title varchar(300);
alter table occupation add column wage_chart_note varchar(1000);
alter table occupation add column outlook_chart_title varchar(300);
alter table occupation add column outlook_chart_note varchar(1000);

-- The heading of a tab's summary on the Summary tab ("State and Area Data"), kept on the summary's
-- first paragraph.
alter table tab_summary add column heading varchar(300);

-- A row's own job duties: the profile's table words them for its readers, not always as the similar
-- occupation's own profile does.
alter table similar_occupation add column duties varchar(4000);
