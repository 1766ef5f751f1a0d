-- Two roles for one Handbook database (docs/operations.md, "Roles"): the migration role owns the
-- schema and is used only by Flyway at start; the runtime role can read and nothing else.
-- Run as a superuser with psql, e.g.
--   psql -v db=handbook -v migrator_password=... -v reader_password=... -f docs/sql/roles.sql
create role handbook_migrator login password :'migrator_password';
create role handbook_reader login password :'reader_password';
create database :"db" owner handbook_migrator;
revoke all on database :"db" from public;
grant connect on database :"db" to handbook_reader;
\connect :"db"
-- PostgreSQL 15: the schema public belongs to the database owner, here the migration role.
revoke create on schema public from public;
grant usage on schema public to handbook_reader;
-- Every table and sequence the migration role creates from now on is readable by the runtime role.
alter default privileges for role handbook_migrator in schema public grant select on tables to handbook_reader;
alter default privileges for role handbook_migrator in schema public grant select on sequences to handbook_reader;
