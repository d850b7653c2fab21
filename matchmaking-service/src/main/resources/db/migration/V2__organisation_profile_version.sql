-- The version of members-service's organisation the profile reflects: older events are ignored.
alter table organisation_profile add column version bigint not null default 0;
