-- The relay walks the events waiting to be published, in position order; an event set aside waits for an
-- operator instead and has its own index. The walk's index now holds exactly the waiting events, so a read of
-- them never filters set-aside ones out, and a read of the set-aside ones can only use their own small index,
-- whatever the planner's statistics say (on a server where autovacuum lags, they say the outbox is empty).
create index if not exists outbox_event_waiting on outbox_event (position)
    where published_at is null and set_aside_at is null;
drop index if exists outbox_event_unpublished;
