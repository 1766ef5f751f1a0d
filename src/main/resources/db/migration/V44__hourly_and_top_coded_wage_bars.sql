-- The Pay chart of some occupations is of hourly wages ("$17.94"): one of median_wage_annual and
-- median_wage_hourly holds a bar's figure. A top-coded bar has neither: note holds BLS's sentence
-- ("This wage is equal to or greater than $239,200 per year."), printed in place of the figure.
alter table wage_comparison alter column median_wage_annual drop not null;
alter table wage_comparison add column median_wage_hourly numeric(7, 2);
alter table wage_comparison add column note varchar(300);
