-- People of an organisation: personal data under GDPR. Consent decides who may see a contact;
-- erasure deletes the row (no soft delete for personal data).
create table contact (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    full_name        text         not null,
    job_title        text,
    email            text,
    phone            text,
    -- consent to be shown to anyone, partner apps included
    public_consent   boolean      not null default false,
    -- consent to be shown to signed-in members of the platform
    members_consent  boolean      not null default false,
    consent_given_at timestamptz,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index contact_organisation on contact (organisation_id);
