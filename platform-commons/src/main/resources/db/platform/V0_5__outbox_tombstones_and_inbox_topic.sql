-- A tombstone row publishes a record without value for its key: on a compacted topic it removes the
-- aggregate's records for good (organisation erasure).
alter table outbox_event add column tombstone boolean not null default false;

-- The topic an applied event came from: a read model that has nothing from a topic (a database
-- created afresh) reads that topic again from its beginning, and so rebuilds itself.
alter table inbox_event add column topic text;
create index inbox_event_topic on inbox_event (topic);
