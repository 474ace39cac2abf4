-- Webhook delivery attempts (V28) are append-only in the database, as audit_event is (V7).
create function webhook_attempt_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger webhook_attempt_no_update_delete before update or delete on webhook_attempt
    for each row execute function webhook_attempt_append_only();
create trigger webhook_attempt_no_truncate before truncate on webhook_attempt
    for each statement execute function webhook_attempt_append_only();
