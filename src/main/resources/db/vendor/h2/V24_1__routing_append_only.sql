-- Routing rules, default-team choices and case routings (V24) are append-only in the database, as audit_event is (V7).
create trigger routing_rule_no_update before update on routing_rule for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger routing_rule_no_delete before delete on routing_rule for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger routing_default_team_no_update before update on routing_default_team for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger routing_default_team_no_delete before delete on routing_default_team for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger case_routing_no_update before update on case_routing for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
create trigger case_routing_no_delete before delete on case_routing for each row
    call 'com.tierline.audit.domain.AppendOnlyTrigger';
