-- Administrators edit organisations and teams (issue 15): a version column each, so that two administrators
-- saving the same one at once cannot silently overwrite each other (JPA optimistic locking). Portable DDL.
alter table organisation add column version bigint default 0 not null;
alter table team add column version bigint default 0 not null;
