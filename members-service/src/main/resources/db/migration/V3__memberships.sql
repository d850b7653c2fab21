create table membership (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    cluster_id       uuid         not null references cluster (id),
    status           text         not null,
    requested_at     timestamptz  not null,
    requested_by     text         not null,
    changed_at       timestamptz  not null,
    changed_by       text         not null,
    version          bigint       not null default 0
);
-- An organisation has at most one open (pending or active) membership per cluster.
create unique index membership_one_open_per_pair on membership (organisation_id, cluster_id)
    where status in ('PENDING', 'ACTIVE');
create index membership_cluster on membership (cluster_id, status);
