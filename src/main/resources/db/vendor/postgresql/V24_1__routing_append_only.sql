-- Routing rules, default-team choices and case routings (V24) are append-only in the database, as audit_event is (V7).
create function routing_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger routing_rule_no_update_delete before update or delete on routing_rule
    for each row execute function routing_append_only();
create trigger routing_rule_no_truncate before truncate on routing_rule
    for each statement execute function routing_append_only();
create trigger routing_default_team_no_update_delete before update or delete on routing_default_team
    for each row execute function routing_append_only();
create trigger routing_default_team_no_truncate before truncate on routing_default_team
    for each statement execute function routing_append_only();
create trigger case_routing_no_update_delete before update or delete on case_routing
    for each row execute function routing_append_only();
create trigger case_routing_no_truncate before truncate on case_routing
    for each statement execute function routing_append_only();
