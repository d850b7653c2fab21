-- B2B matchmaking events: an organiser's event with its slots and tables, the organisations taking part,
-- their meeting requests (WAITING -> ACCEPTED -> SCHEDULED | DECLINED | EXPIRED | CANCELLED) and the
-- meetings the scheduler placed. Slots and tables never change once the event exists, so they are kept
-- with it as JSON; availability is a list of slot indexes.
create table matchmaking_event (
    id                     uuid         primary key,
    title                  text         not null,
    description            text,
    organiser_kind         text         not null check (organiser_kind in ('CLUSTER', 'ALLIANCE')),
    organiser_id           uuid         not null,
    event_date             date         not null,
    time_zone              text         not null,
    registration_deadline  timestamptz  not null,
    request_pending_for    bigint       not null check (request_pending_for > 0),
    slots                  jsonb        not null,
    tables                 jsonb        not null,
    created_by             text         not null,
    created_at             timestamptz  not null,
    scheduled_at           timestamptz,
    version                bigint       not null default 0
);
create index matchmaking_event_by_date on matchmaking_event (event_date desc);

create table event_participant (
    event_id          uuid         not null references matchmaking_event (id),
    organisation_id   uuid         not null,
    -- the people the organisation sends (token subjects); none of them is in two meetings at once
    people            text[]       not null,
    max_meetings      integer      not null check (max_meetings > 0),
    available_slots   integer[]    not null,
    -- the organisation's opportunities it brings to the event's marketplace
    marketplace       uuid[]       not null default '{}',
    registered_by     text         not null,
    registered_at     timestamptz  not null,
    version           bigint       not null default 0,
    primary key (event_id, organisation_id)
);
create index event_participant_by_organisation on event_participant (organisation_id);

create table meeting_request (
    id                uuid         primary key,
    event_id          uuid         not null references matchmaking_event (id),
    requester_id      uuid         not null,
    target_id         uuid         not null check (target_id <> requester_id),
    priority          integer      not null check (priority between 1 and 5),
    message           text,
    status            text         not null check (status in ('WAITING', 'ACCEPTED', 'SCHEDULED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
    requested_by      text         not null,
    requested_at      timestamptz  not null,
    expires_at        timestamptz  not null,
    answered_by       text,
    answered_at       timestamptz,
    decline_reason    text,
    -- where the scheduler placed it, once SCHEDULED
    slot_index        integer,
    table_index       integer,
    version           bigint       not null default 0
);
-- one open request per pair of organisations and event, whichever side asked
create unique index meeting_request_open_pair on meeting_request
    (event_id, least(requester_id, target_id), greatest(requester_id, target_id))
    where status in ('WAITING', 'ACCEPTED', 'SCHEDULED');
create index meeting_request_by_event on meeting_request (event_id, status);
create index meeting_request_waiting on meeting_request (expires_at) where status = 'WAITING';
-- no table holds two meetings at once, whatever the scheduler does
create unique index meeting_request_place on meeting_request (event_id, slot_index, table_index)
    where status = 'SCHEDULED';

-- check-in: who came to a scheduled meeting and who did not; no-shows are shown to later organisers
create table meeting_attendance (
    request_id        uuid         not null references meeting_request (id),
    organisation_id   uuid         not null,
    present           boolean      not null,
    marked_by         text         not null,
    marked_at         timestamptz  not null,
    primary key (request_id, organisation_id)
);
create index meeting_attendance_no_shows on meeting_attendance (organisation_id) where not present;
