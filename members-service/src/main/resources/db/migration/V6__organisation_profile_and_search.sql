-- The whole organisation profile of DOMAIN.md, and what search, counts and the map need.
alter table organisation
    add column size_band        text,
    add column nuts_region      text,
    add column city             text,
    add column latitude         double precision,
    add column longitude        double precision,
    add column registration_id  text,
    add column website          text,
    add column nace_codes       text[]  not null default '{}',
    add column nace_sections    text[]  not null default '{}',
    add column keywords         text[]  not null default '{}',
    add column descriptions     jsonb   not null default '{}',
    add column offers           jsonb   not null default '{}',
    add column needs            jsonb   not null default '{}',
    add column erased_at        timestamptz,
    add column search_vector    tsvector,
    add constraint organisation_location_complete check ((latitude is null) = (longitude is null));

-- One live organisation per registration id: a second registration (or a re-imported file) is a 409, not a twin.
create unique index organisation_registration_id on organisation (registration_id)
    where registration_id is not null and deleted_at is null;
-- Rows without registration id are recognised by name and country on import.
create index organisation_name_country on organisation (lower(name), country) where deleted_at is null;
create index organisation_type on organisation (type) where deleted_at is null;
create index organisation_nuts_region on organisation (nuts_region text_pattern_ops) where deleted_at is null;
create index organisation_competences on organisation using gin (competences) where deleted_at is null;
create index organisation_nace_sections on organisation using gin (nace_sections) where deleted_at is null;
create index organisation_search on organisation using gin (search_vector) where deleted_at is null;
create index organisation_name on organisation (name, id) where deleted_at is null;

-- The stemmer of each language PostgreSQL can stem; the others are indexed word by word.
-- Kept in step with eu.viaduc.members.taxonomy.Languages.
create function viaduc_text_search_config(language text) returns regconfig
    language sql immutable parallel safe as $$
    select (case language
        when 'da' then 'danish' when 'de' then 'german' when 'el' then 'greek' when 'en' then 'english'
        when 'es' then 'spanish' when 'fi' then 'finnish' when 'fr' then 'french' when 'ga' then 'irish'
        when 'hu' then 'hungarian' when 'it' then 'italian' when 'lt' then 'lithuanian' when 'nl' then 'dutch'
        when 'pt' then 'portuguese' when 'ro' then 'romanian' when 'sv' then 'swedish'
        else 'simple' end)::regconfig
$$;

-- Every word is indexed as written ('simple') and, for texts in a stemmed language, also stemmed:
-- a search asks for each word in either form, so "fabrics" finds "fabric" in English texts and an
-- exact name still matches. Names weigh most, then keywords and competences, then texts.
create function organisation_search_vector() returns trigger language plpgsql as $$
declare
    language text;
    body text;
    vector tsvector;
begin
    vector := setweight(to_tsvector('simple', coalesce(new.name, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(new.city, '') || ' '
                || array_to_string(new.keywords, ' ') || ' '
                || replace(array_to_string(new.competences, ' '), '-', ' ')), 'B');
    for language, body in
        select key, string_agg(value, ' ') from (
            select * from jsonb_each_text(new.descriptions)
            union all select * from jsonb_each_text(new.offers)
            union all select * from jsonb_each_text(new.needs)) texts
        group by key
    loop
        vector := vector || setweight(to_tsvector('simple', body), 'C');
        if viaduc_text_search_config(language) <> 'simple'::regconfig then
            vector := vector || setweight(to_tsvector(viaduc_text_search_config(language), body), 'C');
        end if;
    end loop;
    new.search_vector := vector;
    return new;
end
$$;

create trigger organisation_search_vector before insert or update on organisation
    for each row execute function organisation_search_vector();

update organisation set name = name;
