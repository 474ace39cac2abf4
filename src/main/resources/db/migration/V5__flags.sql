-- A restricted-party hit at the latest screening, so that queues can be filtered by it.
alter table licence_application add column restricted_party_hit boolean;
