-- Expressions of interest: an organisation tells the poster of an opportunity it wants to answer it.
-- SENT -> ACCEPTED | DECLINED | EXPIRED; an accepted one is introduced at once (both sides agreed:
-- the sender by sending, the poster by accepting), which members-service learns from the event.
create table expression_of_interest (
    id                      uuid         primary key,
    opportunity_id          uuid         not null references opportunity (id),
    -- the opportunity's organisation, who answers
    poster_organisation_id  uuid         not null,
    -- the organisation interested, who sent it
    organisation_id         uuid         not null,
    message                 text,
    status                  text         not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'INTRODUCED', 'EXPIRED')),
    sent_by                 text         not null,
    sent_at                 timestamptz  not null,
    expires_at              timestamptz  not null,
    answered_by             text,
    answered_at             timestamptz,
    decline_reason          text,
    introduced_at           timestamptz,
    version                 bigint       not null default 0
);
-- one open expression per organisation and opportunity; a declined or expired one may be sent again
create unique index expression_of_interest_open on expression_of_interest (opportunity_id, organisation_id)
    where status in ('SENT', 'ACCEPTED', 'INTRODUCED');
create index expression_of_interest_sender on expression_of_interest (organisation_id, sent_at desc);
create index expression_of_interest_poster on expression_of_interest (poster_organisation_id, sent_at desc);
create index expression_of_interest_pending on expression_of_interest (expires_at) where status = 'SENT';
