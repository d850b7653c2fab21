create table exchange (
    id                      uuid primary key,
    programme_id            uuid          not null references programme (id),
    offer_id                uuid          not null references hosting_offer (id),
    visitor_organisation_id uuid          not null,
    host_organisation_id    uuid          not null,
    category                varchar(30)   not null,
    visitor_country         char(2)       not null,
    host_country            char(2)       not null,
    value_chain             varchar(100)  not null,
    starts_on               date          not null,
    ends_on                 date          not null,
    objectives              varchar(5000) not null,
    -- the visiting person: personal data, shown only to the parties and the programme's managers
    person_name             varchar(200),
    person_email            varchar(320),
    contact_id              uuid,
    personal_data_erased_at timestamptz,
    state                   varchar(20)   not null,
    reason                  varchar(2000),
    working_days            int           not null,
    lump_sum                numeric(12, 2) not null,
    lump_sum_basis          jsonb         not null,
    visitor_signed_at       timestamptz,
    host_signed_at          timestamptz,
    report                  varchar(10000),
    outcomes                jsonb,
    created_by              varchar(255)  not null,
    created_at              timestamptz   not null,
    changed_at              timestamptz   not null,
    version                 bigint        not null
);
-- An organisation visits at most once per programme: one exchange that is neither a draft nor ended
-- on the way. The service checks first, and this index holds under concurrent submissions.
create unique index exchange_one_visit_per_programme on exchange (programme_id, visitor_organisation_id)
    where state not in ('DRAFT', 'REJECTED', 'WITHDRAWN', 'CANCELLED');
create index exchange_by_programme_state on exchange (programme_id, category, state);
create index exchange_by_offer on exchange (offer_id, state);
create index exchange_by_visitor on exchange (visitor_organisation_id);
create index exchange_by_host on exchange (host_organisation_id);
create index exchange_by_contact on exchange (contact_id) where contact_id is not null;

-- Every move of an exchange: who moved it, when, why.
create table exchange_move (
    exchange_id uuid         not null references exchange (id) on delete cascade,
    seq         int          not null,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    moved_at    timestamptz  not null,
    moved_by    varchar(255) not null,
    reason      varchar(2000),
    primary key (exchange_id, seq)
);

-- KPIs: one row per exchange, kept from this service's own exchange events (a read model that can
-- be rebuilt from the topic), so reading KPIs never touches the transactional tables.
create table kpi_exchange (
    exchange_id     uuid primary key,
    version         bigint         not null,
    programme_id    uuid           not null,
    category        varchar(30)    not null,
    state           varchar(20)    not null,
    visitor_country char(2)        not null,
    host_country    char(2)        not null,
    value_chain     varchar(100)   not null,
    working_days    int            not null,
    lump_sum        numeric(12, 2) not null,
    entered         jsonb          not null
);
create index kpi_exchange_by_programme on kpi_exchange (programme_id);
