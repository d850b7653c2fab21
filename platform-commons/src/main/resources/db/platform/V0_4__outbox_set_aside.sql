-- An event that can never be published as it is (too large for the broker, a topic it may not
-- write to) is set aside with the reason, so the service's other aggregates keep flowing; later
-- events of the same aggregate wait behind it, in order, until an operator retries or discards it.
alter table outbox_event
    add column attempts      integer      not null default 0,
    add column last_error    text,
    add column set_aside_at  timestamptz;
create index outbox_event_set_aside on outbox_event (subject, position)
    where set_aside_at is not null and published_at is null;
