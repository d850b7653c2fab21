-- Know-how resources, every version kept, with their texts per language.

-- The text search configuration of each of the partners' languages: PostgreSQL's stemmers where it
-- has one, exact words ('simple') for Bulgarian, which it has none for.
create function knowledge_ts_config(language text) returns regconfig
    language sql immutable strict parallel safe
    return case language
        when 'en' then 'pg_catalog.english'::regconfig
        when 'fr' then 'pg_catalog.french'::regconfig
        when 'nl' then 'pg_catalog.dutch'::regconfig
        when 'es' then 'pg_catalog.spanish'::regconfig
        when 'ro' then 'pg_catalog.romanian'::regconfig
        when 'da' then 'pg_catalog.danish'::regconfig
        else 'pg_catalog.simple'::regconfig
    end;

create table resource (
    id                     uuid primary key,
    author_organisation_id uuid         not null,
    status                 varchar(20)  not null, -- DRAFT (never published), PUBLISHED, ARCHIVED
    published_version      int,
    latest_version         int          not null,
    created_at             timestamptz  not null,
    changed_at             timestamptz  not null,
    version                bigint       not null
);
create index resource_by_author on resource (author_organisation_id);

create table resource_version (
    resource_id       uuid          not null references resource (id) on delete cascade,
    number            int           not null,
    state             varchar(20)   not null, -- DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, ARCHIVED
    type              varchar(30)   not null,
    visibility        varchar(20)   not null,
    value_chain       varchar(100),
    tags              text[]        not null,
    nace_codes        text[]        not null,
    original_language char(2)       not null,
    -- the author: a person, whose name is replaced by "former member" when they are erased
    author_subject    varchar(255)  not null,
    author_name       varchar(200)  not null,
    created_at        timestamptz   not null,
    submitted_at      timestamptz,
    reviewed_by       varchar(255),
    review_comment    varchar(5000),
    reviewed_at       timestamptz,
    published_at      timestamptz,
    primary key (resource_id, number)
);
create index resource_version_by_author on resource_version (author_subject);
create index resource_version_tags on resource_version using gin (tags);
create index resource_version_nace on resource_version using gin (nace_codes);

create table resource_text (
    resource_id   uuid          not null,
    number        int           not null,
    language      char(2)       not null,
    title         varchar(300)  not null,
    summary       varchar(2000) not null,
    body_markdown text          not null,
    body_html     text          not null,
    search        tsvector generated always as (
        setweight(to_tsvector(knowledge_ts_config(language), title), 'A')
        || setweight(to_tsvector(knowledge_ts_config(language), summary), 'B')
        || setweight(to_tsvector(knowledge_ts_config(language), body_markdown), 'C')) stored,
    primary key (resource_id, number, language),
    foreign key (resource_id, number) references resource_version (resource_id, number) on delete cascade
);
create index resource_text_search on resource_text using gin (search);
