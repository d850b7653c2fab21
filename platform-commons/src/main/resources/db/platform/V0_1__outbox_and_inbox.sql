-- Shared messaging tables of every Viaduc service (from platform-commons).
-- Versions below 1 are reserved for this library; each service's own migrations start at V1.

-- Transactional outbox: an event row is written in the same transaction as the change it
-- describes; the relay publishes unpublished rows in position order and stamps published_at.
create table outbox_event (
    position      bigserial    primary key,
    id            uuid         not null unique,
    topic         text         not null,
    type          text         not null,
    source        text         not null,
    subject       text         not null,
    occurred_at   timestamptz  not null,
    data          jsonb        not null,
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Inbox of an idempotent consumer: one row per processed event, inserted in the same
-- transaction as the read-model change, so a redelivered event has no second effect.
create table inbox_event (
    source        text         not null,
    id            text         not null,
    type          text         not null,
    processed_at  timestamptz  not null default now(),
    primary key (source, id)
);
