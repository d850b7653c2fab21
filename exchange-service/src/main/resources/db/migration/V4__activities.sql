-- Trainings and thematic workshops of a programme, with registration, a waiting list and attendance.
create table activity (
    id           uuid primary key,
    programme_id uuid          not null references programme (id),
    kind         varchar(30)   not null,
    title        varchar(300)  not null,
    description  varchar(5000),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    location     varchar(300)  not null,
    capacity     int           not null,
    status       varchar(20)   not null,
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null,
    changed_at   timestamptz   not null,
    version      bigint        not null
);
create index activity_by_programme on activity (programme_id, starts_at);

create table activity_registration (
    id            uuid primary key,
    activity_id   uuid         not null references activity (id),
    subject       varchar(255) not null,
    -- personal data from the person's token: shown to the activity's managers and to themselves
    person_name   varchar(200),
    person_email  varchar(320),
    status        varchar(20)  not null,
    registered_at timestamptz  not null,
    changed_at    timestamptz  not null,
    attended      boolean,
    version       bigint       not null
);
-- one live registration per person and activity, even under concurrent requests
create unique index activity_registration_one_per_person on activity_registration (activity_id, subject)
    where status <> 'CANCELLED';
create index activity_registration_queue on activity_registration (activity_id, status, registered_at);
create index activity_registration_by_subject on activity_registration (subject) where status <> 'CANCELLED';
