-- Changes are appended, not kept one row per organisation: the consumers of organisations and of memberships
-- note the same organisations in their own transactions (an import brings both at once), and updating one
-- shared row made each wait for the other's commit, and deadlock. The index reads the latest row of each
-- organisation; MatchingChanges removes the rows a later one of the same organisation has overtaken.
alter table matching_change drop constraint matching_change_pkey;
create index matching_change_organisation on matching_change (organisation_id, changed_in);

create or replace function matchmaking_note_change(organisation uuid) returns void
language sql as $$
    insert into matching_change (organisation_id, changed_in) values (organisation, pg_current_xact_id())
$$;
