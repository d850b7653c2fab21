-- What organisation.registered.v2 / updated.v2 add that matching will weigh: where, how big, which sectors.
alter table organisation_profile
    add column size_band    text,
    add column nuts_region  text,
    add column latitude     double precision,
    add column longitude    double precision,
    add column nace_codes   text[]  not null default '{}',
    add column keywords     text[]  not null default '{}';

-- Organisations erased on request (GDPR): only their ids, so that replayed events cannot restore them.
create table erased_organisation (
    id  uuid  primary key
);
