-- Organisations introduced to each other through matchmaking (an expression of interest accepted),
-- from matchmaking's events: each one's people may see the other's member-consented contacts.
-- Both directions are stored, so that either is one index lookup.
create table organisation_introduction (
    organisation_id  uuid         not null,
    introduced_to    uuid         not null,
    interest_id      uuid         not null,
    introduced_at    timestamptz  not null,
    primary key (organisation_id, introduced_to)
);
