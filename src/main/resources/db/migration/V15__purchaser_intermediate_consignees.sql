-- The other parties of BIS form 748P: the purchaser (one, optional) and the intermediate consignees the chips pass
-- through on the way (at most five, in the order the exporter gives them). Every one is screened (RULES.md §4).
alter table licence_application add column purchaser_name varchar(200);
alter table licence_application add column purchaser_country varchar(2);

create table application_intermediate_consignee (
    application_id bigint not null references licence_application (id),
    position integer not null,
    name varchar(200),
    country varchar(2),
    role varchar(100),
    primary key (application_id, position)
);
