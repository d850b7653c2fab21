-- Ranking scores its candidates in memory (CandidateIndex) instead of asking PostgreSQL for score
-- ceilings: the ceiling columns, their functions and the word index served only that, and cost every
-- applied event their upkeep.
drop index organisation_profile_offer_words;
alter table organisation_profile
    drop column nace_prefixes,
    drop column word_count,
    drop column profile_fields,
    drop column changed_epoch;
drop function matchmaking_nace_prefixes(text[]);
drop function matchmaking_epoch(timestamptz);
drop function matchmaking_any_word(tsvector);

-- Which organisations changed for matching, and in which transaction: the in-memory index of every
-- service instance reads the rows written by transactions it may not have seen (changed_in at or above
-- the oldest transaction still running when it last looked) and reloads those organisations. One row per
-- organisation, so the table stays as small as the read model.
create table matching_change (
    organisation_id uuid primary key,
    changed_in      xid8 not null
);
create index matching_change_changed_in on matching_change (changed_in);

create function matchmaking_note_change(organisation uuid) returns void
language sql as $$
    insert into matching_change (organisation_id, changed_in) values (organisation, pg_current_xact_id())
    on conflict (organisation_id) do update set changed_in = excluded.changed_in
$$;

-- A profile added, changed or removed, or a membership (the clusters an organisation is in) changed.
create function matchmaking_profile_changed() returns trigger
language plpgsql as $$
begin
    perform matchmaking_note_change(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end
$$;

create function matchmaking_membership_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform matchmaking_note_change(old.organisation_id);
    end if;
    if tg_op <> 'DELETE' then
        perform matchmaking_note_change(new.organisation_id);
    end if;
    return null;
end
$$;

create trigger organisation_profile_matching_change after insert or update or delete on organisation_profile
    for each row execute function matchmaking_profile_changed();
create trigger member_membership_matching_change after insert or update or delete on member_membership
    for each row execute function matchmaking_membership_changed();
