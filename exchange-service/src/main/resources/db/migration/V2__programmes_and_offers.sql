create table programme (
    id               uuid primary key,
    alliance_id      uuid          not null,
    name             varchar(200)  not null,
    starts_on        date          not null,
    ends_on          date          not null,
    min_working_days int           not null,
    max_working_days int           not null,
    budget           numeric(14, 2) not null,
    currency         char(3)       not null,
    created_by       varchar(255)  not null,
    created_at       timestamptz   not null,
    changed_at       timestamptz   not null,
    version          bigint        not null
);
create index programme_by_alliance on programme (alliance_id);

-- One target per participant category; a capped target limits validations, an uncapped one is a goal.
create table programme_target (
    programme_id uuid        not null references programme (id) on delete cascade,
    category     varchar(30) not null,
    target       int         not null,
    capped       boolean     not null,
    primary key (programme_id, category)
);

-- The full lump sum of a stay, by host country.
create table programme_lump_sum (
    programme_id uuid           not null references programme (id) on delete cascade,
    host_country char(2)        not null,
    amount       numeric(12, 2) not null,
    primary key (programme_id, host_country)
);

create table hosting_offer (
    id                   uuid primary key,
    programme_id         uuid          not null references programme (id),
    host_organisation_id uuid          not null,
    topic                varchar(300)  not null,
    description          varchar(5000),
    value_chain          varchar(100)  not null,
    available_from       date          not null,
    available_until      date          not null,
    capacity             int           not null,
    -- exchanges the host accepted (MATCHED and after, until withdrawn or cancelled)
    places_taken         int           not null default 0,
    status               varchar(20)   not null,
    created_by           varchar(255)  not null,
    created_at           timestamptz   not null,
    changed_at           timestamptz   not null,
    version              bigint        not null
);
create index hosting_offer_by_programme on hosting_offer (programme_id, available_from, available_until);
create index hosting_offer_by_host on hosting_offer (host_organisation_id);

create table hosting_offer_language (
    offer_id uuid    not null references hosting_offer (id) on delete cascade,
    language char(2) not null,
    primary key (offer_id, language)
);
