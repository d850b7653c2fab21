-- Who acts for what: Viaduc's own data, keyed by token subject (issue: accounts and affiliations).
-- The columns target_id, scope, subject and role are those every other service's read model has
-- (platform-commons db/affiliation-read-model), so one query component answers in both.
create table affiliation (
    target_id      uuid         not null,
    scope          text         not null check (scope in ('ORGANISATION', 'CLUSTER', 'ALLIANCE')),
    subject        text         not null,
    -- ADMIN or EDITOR for an organisation, MANAGER for a cluster or an alliance
    role           text         not null check (role in ('ADMIN', 'EDITOR', 'MANAGER')),
    -- personal data, shown to the organisation's admins (or fellow managers) only; never in events
    display_name   text         not null,
    email          text,
    affiliated_at  timestamptz  not null,
    primary key (target_id, subject)
);
create index affiliation_subject on affiliation (subject);

-- One row per list that ever changed: its version numbers the list's events, and locking it
-- serialises changes of one list (so "at least one ADMIN" holds under concurrent changes).
create table affiliation_version (
    target_id  uuid    primary key,
    scope      text    not null,
    version    bigint  not null
);

create table invitation (
    id           uuid         primary key,
    -- SHA-256 of the single-use code; the code itself is shown once, to the inviter
    code_hash    text         not null unique,
    scope        text         not null,
    target_id    uuid         not null,
    role         text         not null,
    email        text         not null,
    invited_by   text         not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    status       text         not null,
    decided_by   text,
    decided_at   timestamptz,
    version      bigint       not null default 0
);
create index invitation_target on invitation (target_id, status);
create index invitation_email on invitation (email, status);
-- one pending invitation per person and target
create unique index invitation_one_pending on invitation (target_id, email) where status = 'PENDING';

create table join_request (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    subject          text         not null,
    display_name     text         not null,
    email            text,
    role             text         not null,
    message          text,
    status           text         not null,
    created_at       timestamptz  not null,
    decided_by       text,
    decided_at       timestamptz,
    version          bigint       not null default 0
);
create index join_request_organisation on join_request (organisation_id, status);
create index join_request_subject on join_request (subject, status);
create unique index join_request_one_pending on join_request (organisation_id, subject) where status = 'PENDING';

-- Memberships are consented by both sides: the side that proposed waits for the other.
alter table membership add column proposed_by text not null default 'ORGANISATION'
    check (proposed_by in ('ORGANISATION', 'CLUSTER'));

-- Managers used to be a list in the cluster and alliance profiles, set by whoever edited them.
-- Those already named stay managers (their names are not known here: the subject stands in),
-- and from now on a manager is appointed by invitation only.
insert into affiliation (target_id, scope, subject, role, display_name, affiliated_at)
select id, 'CLUSTER', manager, 'MANAGER', manager, now() from cluster, unnest(managers) manager
on conflict do nothing;
insert into affiliation (target_id, scope, subject, role, display_name, affiliated_at)
select id, 'ALLIANCE', manager, 'MANAGER', manager, now() from alliance, unnest(managers) manager
on conflict do nothing;
insert into affiliation_version (target_id, scope, version)
select distinct target_id, scope, 1 from affiliation;
-- ... and the other services learn of them as of any later change (see AffiliationEvents)
insert into outbox_event (id, topic, type, source, subject, occurred_at, data)
select gen_random_uuid(), 'viaduc.members.affiliations', 'eu.viaduc.members.cluster.managers-changed.v1',
       '/viaduc/members-service', id::text, now(),
       jsonb_build_object('clusterId', id, 'version', 1, 'managers', to_jsonb(managers),
                          'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from cluster where cardinality(managers) > 0;
insert into outbox_event (id, topic, type, source, subject, occurred_at, data)
select gen_random_uuid(), 'viaduc.members.affiliations', 'eu.viaduc.members.alliance.managers-changed.v1',
       '/viaduc/members-service', id::text, now(),
       jsonb_build_object('allianceId', id, 'version', 1, 'managers', to_jsonb(managers),
                          'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from alliance where cardinality(managers) > 0;
alter table cluster drop column managers;
alter table alliance drop column managers;
