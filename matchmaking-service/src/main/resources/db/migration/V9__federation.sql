-- Partner platforms (other EU cluster platforms) registered to send opportunities on
-- viaduc.federation.inbound, and the provenance of what they sent.
create table federation_source (
    id             text         primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,40}$'),
    name           text         not null,
    -- the CloudEvents "source" attribute its events carry
    source_uri     text         not null unique,
    website        text,
    registered_at  timestamptz  not null,
    registered_by  text         not null
);

alter table opportunity
    add column origin_source        text references federation_source (id),
    add column origin_id            text,
    add column origin_url           text,
    add column origin_organisation  text,
    add constraint opportunity_origin check ((origin_source is null) = (origin_id is null));
create unique index opportunity_origin_unique on opportunity (origin_source, origin_id) where origin_source is not null;
