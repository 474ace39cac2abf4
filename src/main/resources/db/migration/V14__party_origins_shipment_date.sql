-- Every headquarters and ultimate-parent country an application carries is read by the screen (RULES.md §4), and
-- the intended shipment date decides the low-volume calendar year and the rule set in force (§3.1).
alter table licence_application add column consignee_parent_country varchar(2);
alter table licence_application add column end_user_hq_country varchar(2);
alter table licence_application add column end_user_parent_country varchar(2);
alter table licence_application add column ult_end_user_hq_country varchar(2);
alter table licence_application add column ult_end_user_parent_country varchar(2);
alter table licence_application add column shipment_date date;
