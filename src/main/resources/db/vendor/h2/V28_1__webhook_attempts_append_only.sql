-- Webhook delivery attempts (V28) are append-only in the database, as audit_event is (V7).
create trigger webhook_attempt_no_update before update on webhook_attempt for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger webhook_attempt_no_delete before delete on webhook_attempt for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
