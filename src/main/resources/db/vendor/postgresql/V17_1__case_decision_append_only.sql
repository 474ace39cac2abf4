-- The case decision history (V17) is append-only in the database, as audit_event is (V7).
create function case_decision_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger case_decision_no_update_delete before update or delete on case_decision
    for each row execute function case_decision_append_only();
create trigger case_decision_no_truncate before truncate on case_decision
    for each statement execute function case_decision_append_only();
create trigger case_decision_letter_no_update_delete before update or delete on case_decision_letter
    for each row execute function case_decision_append_only();
create trigger case_decision_letter_no_truncate before truncate on case_decision_letter
    for each statement execute function case_decision_append_only();
