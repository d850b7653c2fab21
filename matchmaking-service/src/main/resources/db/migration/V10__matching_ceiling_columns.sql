-- What ranking asks PostgreSQL to work out for every candidate before it reads only those that could
-- reach the page asked for (ScoreCeiling), kept small and ready: every level of each NACE code named
-- (C13.92 gives C, C13, C13.9, C13.92) for sector fit by array overlap, how many distinct words the
-- offers and keywords hold, how many of the seven profile fields matching weighs are filled, and when
-- the profile last changed in seconds.
create function matchmaking_nace_prefixes(codes text[]) returns text[]
language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct left(c, n)), '{}')
    from unnest(codes) c, unnest(array[1, 3, 5, 6]) n
    where length(c) >= n
$$;

-- Seconds since 1970: PostgreSQL marks extract() on timestamptz stable because other fields depend on the
-- time zone; the epoch does not, so this is truly immutable and may feed a generated column.
create function matchmaking_epoch(at timestamptz) returns double precision
language sql immutable parallel safe as $$
    select extract(epoch from at)::double precision
$$;

alter table organisation_profile
    add column nace_prefixes text[] generated always as (matchmaking_nace_prefixes(nace_codes)) stored,
    add column word_count integer generated always as (length(matchmaking_offer_vector(offers, keywords))) stored,
    add column profile_fields smallint generated always as (
        (cardinality(competences) > 0)::int + (cardinality(keywords) > 0)::int + (offers <> '{}'::jsonb)::int
        + (cardinality(nace_codes) > 0)::int + (nuts_region is not null)::int
        + (latitude is not null and longitude is not null)::int + (size_band is not null)::int) stored,
    -- seconds since 1970 as double precision: days since the change are then cheap float arithmetic
    add column changed_epoch double precision generated always as (matchmaking_epoch(changed_at)) stored;

-- The organisations whose offers share at least one word with an opportunity's text, found through the
-- index: any other candidate's text factor is 0, which keeps its ceiling tight.
create index organisation_profile_offer_words on organisation_profile using gin (offer_words);

-- An opportunity's words as a query matching any one of them exactly as stemmed (null for no words:
-- it matches nothing). Quotes and backslashes in a word are escaped as tsquery's syntax wants.
create function matchmaking_any_word(words tsvector) returns tsquery
language sql immutable parallel safe as $$
    select cast(nullif(array_to_string(array(
               select '''' || replace(replace(w, '\', '\\'), '''', '''''') || ''''
               from unnest(tsvector_to_array(words)) w), ' | '), '') as tsquery)
$$;
