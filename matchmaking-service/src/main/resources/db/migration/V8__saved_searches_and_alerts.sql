-- Saved searches and alerts. A person asks for alerts by saving a search (or following a type and
-- sectors: a search with only those); matchmaking then keeps the e-mail address their token gave, and
-- their language, in alert_recipient: the only personal data here, forgotten on person.erased.v1.
create table alert_recipient (
    subject       text         primary key,
    email         text         not null,
    language      text         not null,
    -- URGENT_NEEDs asking a competence of an organisation the person acts for alert them at once,
    -- whatever their saved searches say
    urgent_needs  boolean      not null default true,
    updated_at    timestamptz  not null
);

create table saved_search (
    id             uuid         primary key,
    subject        text         not null references alert_recipient (subject) on delete cascade,
    name           text         not null,
    q              text,
    types          text[]       not null,
    competences    text[]       not null,
    nace_prefixes  text[]       not null,
    countries      text[]       not null,
    created_at     timestamptz  not null
);
create index saved_search_subject on saved_search (subject);

-- One alert per person, opportunity and event that raised it (a publication, a renewal); mailed by a
-- job (mailed_at), retried with growing pauses on SMTP failures, so a crash or a mail server outage
-- loses none.
create table alert (
    id               uuid         primary key,
    subject          text         not null references alert_recipient (subject) on delete cascade,
    opportunity_id   uuid         not null references opportunity (id),
    kind             text         not null check (kind in ('URGENT_NEED', 'SAVED_SEARCH')),
    saved_search_id  uuid         references saved_search (id) on delete set null,
    organisation_id  uuid,
    trigger_event_id text         not null,
    created_at       timestamptz  not null,
    mailed_at        timestamptz,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    unique (subject, opportunity_id, trigger_event_id)
);
create index alert_to_mail on alert (next_attempt_at) where mailed_at is null;
create index alert_subject on alert (subject, created_at desc);
