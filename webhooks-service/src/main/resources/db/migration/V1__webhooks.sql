-- Partner apps' webhook subscriptions, the public events they may be sent, and each delivery.

create table subscription (
    id uuid primary key,
    -- the token subject that created it: a partner app's service account, or a person
    owner text not null,
    callback_url text not null,
    event_types text[] not null,
    -- the Standard Webhooks signing secret (whsec_ + base64), shown once to its owner
    secret text not null,
    created_at timestamptz not null,
    deleted_at timestamptz
);
create index subscription_owner on subscription (owner) where deleted_at is null;

-- Every public event received, once (by source and id), in the order received: replays read it.
create table event_log (
    seq bigserial primary key,
    source text not null,
    event_id text not null,
    type text not null,
    subject text not null,
    time timestamptz not null,
    data jsonb not null,
    received_at timestamptz not null default now(),
    unique (source, event_id)
);
create index event_log_type_time on event_log (type, time);

-- One event for one subscription: pending until the callback answers 2xx, dead after the last try.
create table delivery (
    subscription_id uuid not null references subscription (id) on delete cascade,
    seq bigint not null references event_log (seq),
    -- the aggregate: deliveries of one subject go out one at a time, in order
    subject text not null,
    status text not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_status int,
    last_error text,
    settled_at timestamptz,
    primary key (subscription_id, seq)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_head on delivery (subscription_id, subject, seq) where status = 'PENDING';
create index delivery_dead on delivery (subscription_id, settled_at) where status = 'DEAD';
