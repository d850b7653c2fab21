-- A member-file import is a job: the request is answered at once (202) and the client follows the
-- job until its report is there, so no gateway timeout can cut an import short or hide its result.
create table member_file_import (
    id            uuid         primary key,
    cluster_id    uuid         not null references cluster (id),
    submitted_by  text         not null,
    status        text         not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    -- the file (UTF-8) while it waits or runs; cleared once the job is done. Bytes, not text: a cell
    -- may hold what text cannot (a NUL), and the import reports that row rather than failing here.
    file          bytea,
    rows_done     integer      not null default 0,
    report        jsonb,
    failure       text,
    submitted_at  timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    version       bigint       not null default 0
);
-- one cluster runs one import at a time
create unique index member_file_import_one_open_per_cluster on member_file_import (cluster_id)
    where status in ('QUEUED', 'RUNNING');
create index member_file_import_queued on member_file_import (submitted_at) where status = 'QUEUED';
