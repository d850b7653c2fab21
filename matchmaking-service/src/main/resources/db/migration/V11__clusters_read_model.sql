-- Read model of members-service's clusters (viaduc.members.clusters): what matchmaking shows of a
-- cluster, its name (a consortium member represents a cluster by name), country and, for a partner
-- platform's cluster, the platform's id.
create table member_cluster (
    id        uuid     primary key,
    name      text     not null,
    acronym   text,
    country   char(2)  not null,
    platform  text,
    version   bigint   not null
);
