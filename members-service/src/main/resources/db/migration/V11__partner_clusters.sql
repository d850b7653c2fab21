-- The partner platforms matchmaking-service registers (read model of viaduc.matchmaking.federation-sources),
-- and the clusters they send on viaduc.federation.inbound: shown on the map with where they come from,
-- managed on their platform only.
create table federation_source (
    id          text         primary key,
    name        text         not null,
    -- the CloudEvents "source" attribute its events carry
    source_uri  text         not null unique,
    website     text,
    changed_at  timestamptz  not null
);

alter table cluster
    add column origin_source       text references federation_source (id),
    add column origin_source_name  text,
    add column origin_id           text,
    add column origin_url          text,
    add constraint cluster_origin check ((origin_source is null) = (origin_id is null));
create unique index cluster_origin_unique on cluster (origin_source, origin_id) where origin_source is not null;
