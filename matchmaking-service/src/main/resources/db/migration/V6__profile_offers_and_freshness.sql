-- When members-service last changed the organisation's profile (the event's time): matching weighs
-- fresh profiles above stale ones.
alter table organisation_profile add column changed_at timestamptz;
update organisation_profile set changed_at = registered_at;
alter table organisation_profile alter column changed_at set not null;

-- What the organisation offers in its own words, by language, as members-service's v2 events carry it
-- (filled by the next event or a rebuild from the topic), and those words stemmed each in its language
-- with the keywords as exact words: compared with an opportunity's words for the text factor.
alter table organisation_profile add column offers jsonb not null default '{}';

create function matchmaking_offer_vector(offers jsonb, keywords text[]) returns tsvector
language sql immutable parallel safe as $$
    select coalesce((select matchmaking_tsvector_agg(to_tsvector(matchmaking_text_config(t.key), t.value))
               from jsonb_each_text(offers) t), ''::tsvector)
        || to_tsvector('pg_catalog.simple', array_to_string(keywords, ' '))
$$;

alter table organisation_profile
    add column offer_words tsvector generated always as (matchmaking_offer_vector(offers, keywords)) stored;
