-- People the authority can reach and organisations that register themselves (issue 15). Portable DDL.
-- E-mail addresses are stored lower-cased and trimmed by the application; one account per address.
alter table app_user add column email varchar(254);
create unique index app_user_email_idx on app_user (email);

-- An organisation that registers itself is PENDING until an administrator approves it (APPROVED) or refuses it
-- (REFUSED, with the reason the applicant sees); DEACTIVATED ends an approved one. Existing ones were approved.
alter table organisation add column headquarters varchar(200);
alter table organisation add column registration_number varchar(64);
alter table organisation add column status varchar(16) default 'APPROVED' not null;
alter table organisation add column status_reason varchar(1000);
