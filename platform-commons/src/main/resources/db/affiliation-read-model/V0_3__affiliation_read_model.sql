-- A service's read model of who acts for what (platform-commons' AffiliationReadModel), built from
-- members-service's affiliation events. members-service's own table has the same columns and more.
create table affiliation (
    target_id  uuid  not null,
    scope      text  not null,
    subject    text  not null,
    -- ADMIN or EDITOR for an organisation, MANAGER for a cluster or an alliance
    role       text  not null,
    primary key (target_id, subject)
);
create index affiliation_subject on affiliation (subject);

-- The version of each list last applied, so a late, older event changes nothing.
create table affiliation_version (
    target_id  uuid    primary key,
    scope      text    not null,
    version    bigint  not null
);
