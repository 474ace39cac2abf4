-- The team queue filtered by destination and sorted by submission (the commonest reviewer view): measured by the
-- bench profile's queue_page_ms over 100,000 open cases.
create index licence_application_queue_dest_idx
    on licence_application (team_code, destination_country, status, submitted_at);
