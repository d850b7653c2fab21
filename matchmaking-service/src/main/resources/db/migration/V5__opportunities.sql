-- Opportunities that organisations post: offers, requests, partner searches, urgent needs, buyer requests.

-- The text-search configuration that stems a language (PostgreSQL has stemmers for 15 of the EU's
-- languages); the others, Bulgarian among them, are indexed word by word. Immutable, so that a
-- stored generated column may use it.
create function matchmaking_text_config(language text) returns regconfig
language sql immutable parallel safe as $$
    select case language
        when 'da' then 'pg_catalog.danish' when 'de' then 'pg_catalog.german' when 'el' then 'pg_catalog.greek'
        when 'en' then 'pg_catalog.english' when 'es' then 'pg_catalog.spanish' when 'fi' then 'pg_catalog.finnish'
        when 'fr' then 'pg_catalog.french' when 'ga' then 'pg_catalog.irish' when 'hu' then 'pg_catalog.hungarian'
        when 'it' then 'pg_catalog.italian' when 'lt' then 'pg_catalog.lithuanian' when 'nl' then 'pg_catalog.dutch'
        when 'pt' then 'pg_catalog.portuguese' when 'ro' then 'pg_catalog.romanian' when 'sv' then 'pg_catalog.swedish'
        else 'pg_catalog.simple' end::regconfig
$$;

create aggregate matchmaking_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

-- Every text of an opportunity, each stemmed in its own language (titles weigh more than descriptions),
-- and its keywords as exact words.
create function opportunity_search_vector(texts jsonb, keywords text[]) returns tsvector
language sql immutable parallel safe as $$
    select coalesce((select matchmaking_tsvector_agg(
                   setweight(to_tsvector(matchmaking_text_config(t.key), coalesce(t.value ->> 'title', '')), 'A')
                   || setweight(to_tsvector(matchmaking_text_config(t.key), coalesce(t.value ->> 'description', '')), 'B'))
               from jsonb_each(texts) t), ''::tsvector)
        || setweight(to_tsvector('pg_catalog.simple', array_to_string(keywords, ' ')), 'A')
$$;

-- What a searcher typed, read in every language at once (OR): a French word finds a French text by its
-- stem, a Bulgarian one finds the exact word.
create function opportunity_query(words text) returns tsquery
language sql immutable parallel safe as $$
    select websearch_to_tsquery('pg_catalog.simple', words)
        || websearch_to_tsquery('pg_catalog.danish', words)
        || websearch_to_tsquery('pg_catalog.german', words)
        || websearch_to_tsquery('pg_catalog.greek', words)
        || websearch_to_tsquery('pg_catalog.english', words)
        || websearch_to_tsquery('pg_catalog.spanish', words)
        || websearch_to_tsquery('pg_catalog.finnish', words)
        || websearch_to_tsquery('pg_catalog.french', words)
        || websearch_to_tsquery('pg_catalog.irish', words)
        || websearch_to_tsquery('pg_catalog.hungarian', words)
        || websearch_to_tsquery('pg_catalog.italian', words)
        || websearch_to_tsquery('pg_catalog.lithuanian', words)
        || websearch_to_tsquery('pg_catalog.dutch', words)
        || websearch_to_tsquery('pg_catalog.portuguese', words)
        || websearch_to_tsquery('pg_catalog.romanian', words)
        || websearch_to_tsquery('pg_catalog.swedish', words)
$$;

create table opportunity (
    id                    uuid         primary key,
    organisation_id       uuid         not null,
    type                  text         not null,
    status                text         not null,
    original_language     text         not null,
    -- language -> {"title": ..., "description": ...}
    texts                 jsonb        not null,
    required_competences  text[]       not null,
    keywords              text[]       not null,
    -- stored with the section letter (C13.92), so that a prefix finds a whole section or division
    nace_codes            text[]       not null,
    -- empty: anywhere
    countries_sought      text[]       not null,
    quantity              integer,
    quantity_unit         text,
    deadline              date,
    published_at          timestamptz,
    expires_at            timestamptz,
    closed_at             timestamptz,
    close_reason          text,
    created_by            text         not null,
    created_at            timestamptz  not null,
    changed_at            timestamptz  not null,
    version               bigint       not null,
    search                tsvector     generated always as (opportunity_search_vector(texts, keywords)) stored
);
create index opportunity_search on opportunity using gin (search);
create index opportunity_competences on opportunity using gin (required_competences);
create index opportunity_organisation on opportunity (organisation_id, changed_at desc);
create index opportunity_published on opportunity (published_at desc) where status = 'PUBLISHED';
-- what the expiry job looks for
create index opportunity_expiry on opportunity (expires_at) where status = 'PUBLISHED';
