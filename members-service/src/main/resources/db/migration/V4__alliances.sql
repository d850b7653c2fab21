create table alliance (
    id              uuid         primary key,
    name            text         not null,
    programme_start date         not null,
    programme_end   date         not null,
    managers        text[]       not null default '{}',
    registered_at   timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint alliance_period check (programme_end >= programme_start)
);

create table alliance_cluster (
    alliance_id  uuid  not null references alliance (id),
    cluster_id   uuid  not null references cluster (id),
    primary key (alliance_id, cluster_id)
);
create index alliance_cluster_cluster on alliance_cluster (cluster_id);
