create table organisation (
    id             uuid         primary key,
    name           text         not null,
    type           text         not null,
    country        char(2)      not null,
    competences    text[]       not null default '{}',
    registered_at  timestamptz  not null,
    registered_by  text         not null,
    version        bigint       not null default 0
);
create index organisation_country on organisation (country);
