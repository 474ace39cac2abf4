-- The audit log is append-only in the database too: UPDATE and DELETE on audit_event fail.
create trigger audit_event_no_update before update on audit_event for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
