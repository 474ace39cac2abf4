-- When the open cases were screened again under a published version; null while that is still to do (a version
-- published ahead of its effective date). The node that sets it from null does the re-screen, so it happens once.
alter table rule_set_version add column rescreened_at timestamp with time zone;
-- Every version published before this release was handled when it was published or shipped.
update rule_set_version set rescreened_at = published_at where status = 'PUBLISHED';
