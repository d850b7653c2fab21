-- What a service knows of members-service (platform-commons' members read model): built from its events alone.

-- Organisations: what the rules need (type for the category, country, registered point).
create table member_organisation (
    id        uuid primary key,
    version   bigint       not null,
    name      varchar(300) not null,
    type      varchar(30)  not null,
    country   char(2)      not null,
    latitude  double precision,
    longitude double precision
);

-- Organisations deleted or erased: a late, replayed registration must not bring them back.
create table gone_organisation (
    id      uuid primary key,
    gone_at timestamptz not null
);

create table member_membership (
    id              uuid primary key,
    organisation_id uuid        not null,
    cluster_id      uuid        not null,
    status          varchar(20) not null,
    version         bigint      not null
);
create index member_membership_active on member_membership (organisation_id, cluster_id) where status = 'ACTIVE';

create table member_alliance (
    id              uuid primary key,
    version         bigint       not null,
    name            varchar(300) not null,
    programme_start date         not null,
    programme_end   date         not null
);

create table member_alliance_cluster (
    alliance_id uuid not null references member_alliance (id) on delete cascade,
    cluster_id  uuid not null,
    primary key (alliance_id, cluster_id)
);
create index member_alliance_cluster_by_cluster on member_alliance_cluster (cluster_id);
