-- Read model of members-service's organisations, built from its events only.
create table organisation_profile (
    id               uuid         primary key,
    name             text         not null,
    type             text         not null,
    country          char(2)      not null,
    competences      text[]       not null,
    -- lower-cased competences, for matching regardless of spelling
    competence_keys  text[]       not null,
    registered_at    timestamptz  not null
);
create index organisation_profile_competence_keys on organisation_profile using gin (competence_keys);

-- How many organisations offer each competence: the supply side of the market.
create table competence_supply (
    competence_key  text     primary key,
    organisations   integer  not null
);
