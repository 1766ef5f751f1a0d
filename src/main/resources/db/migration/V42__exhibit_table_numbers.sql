-- A tab can hold several tables of one kind: the Pay tab of a profile that covers several
-- occupations has a wage-by-industry table for each. table_number says which table a row belongs
-- to (1 for the first); the n-th EXHIBIT block of that kind in the tab stands where table n is
-- printed, and its text names whom the table is about ("anesthesiologists").
alter table industry_employment add column table_number integer default 1 not null;
alter table industry_wage add column table_number integer default 1 not null;
