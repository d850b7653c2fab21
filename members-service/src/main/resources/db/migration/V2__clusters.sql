create table cluster (
    id                 uuid         primary key,
    name               text         not null,
    acronym            text,
    country            char(2)      not null,
    nuts_region        text,
    website            text,
    -- language code (ISO 639-1) -> description in that language
    descriptions       jsonb        not null default '{}',
    value_chains       text[]       not null default '{}',
    nace_codes         text[]       not null default '{}',
    label_level        text,
    label_valid_until  date,
    managers           text[]       not null default '{}',
    registered_at      timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint cluster_label_complete check ((label_level is null) = (label_valid_until is null))
);
create index cluster_country on cluster (country);
create index cluster_nuts_region on cluster (nuts_region text_pattern_ops);
create index cluster_value_chains on cluster using gin (value_chains);
