-- Files and video links of a resource. A file's bytes are in the storage (here a PostgreSQL large
-- object, whose oid is the storage key); the row says what they are.
create table attachment (
    id          uuid primary key,
    resource_id uuid          not null references resource (id),
    kind        varchar(20)   not null, -- FILE or VIDEO_LINK
    title       varchar(300)  not null,
    file_name   varchar(255),
    media_type  varchar(200),
    size_bytes  bigint,
    sha256      char(64),
    storage_key varchar(200),
    url         varchar(2000),
    created_by  varchar(255)  not null,
    created_at  timestamptz   not null
);
create index attachment_by_resource on attachment (resource_id, created_at);
