-- Creates that carried an Idempotency-Key, with the response they produced, so a retried
-- request gets the same answer instead of creating twice. Kept for a day.
create table idempotency_record (
    scope         text         not null,
    key           text         not null,
    request_hash  text         not null,
    location      text,
    etag          text,
    body          text,
    created_at    timestamptz  not null default now(),
    primary key (scope, key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
