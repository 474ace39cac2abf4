-- The case decision history (V17) is append-only in the database, as audit_event is (V7).
create trigger case_decision_no_update before update on case_decision for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger case_decision_no_delete before delete on case_decision for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger case_decision_letter_no_update before update on case_decision_letter for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger case_decision_letter_no_delete before delete on case_decision_letter for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
