-- The restricted-party list is the Consolidated Screening List as published: every alternative name is screened,
-- and the entry's identifier, type, programmes and addresses are kept for the reviewer who checks a hit.
alter table restricted_party add column alt_names varchar(20000);
alter table restricted_party add column entry_id varchar(100);
alter table restricted_party add column entry_type varchar(100);
alter table restricted_party add column programs varchar(1000);
alter table restricted_party add column addresses varchar(4000);
alter table restricted_party alter column name set data type varchar(1000);
