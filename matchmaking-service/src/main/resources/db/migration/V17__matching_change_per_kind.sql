-- Changes are noted one row per organisation and kind of change: 'profile' (written by the consumer of
-- organisations) and 'membership' (the consumer of memberships). Each consumer only ever updates its own kind's
-- rows, so the two never wait for or deadlock on each other during an import (one shared row did). Within a
-- kind, the row lock makes the noted transaction the last one to commit, so notes that differ from those the
-- index loaded an organisation with always mean a change it has not seen (V16's appended notes, read by their
-- largest transaction id, missed a change committed after a later-numbered one).
drop table matching_change;
create table matching_change (
    organisation_id uuid not null,
    kind            text not null,
    changed_in      xid8 not null,
    primary key (organisation_id, kind)
);
create index matching_change_changed_in on matching_change (changed_in);

drop function matchmaking_note_change(uuid);
create function matchmaking_note_change(organisation uuid, kind text) returns void
language sql as $$
    insert into matching_change (organisation_id, kind, changed_in) values (organisation, kind, pg_current_xact_id())
    on conflict (organisation_id, kind) do update set changed_in = excluded.changed_in
$$;

create or replace function matchmaking_profile_changed() returns trigger
language plpgsql as $$
begin
    perform matchmaking_note_change(case when tg_op = 'DELETE' then old.id else new.id end, 'profile');
    return null;
end
$$;

create or replace function matchmaking_membership_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform matchmaking_note_change(old.organisation_id, 'membership');
    end if;
    if tg_op <> 'DELETE' then
        perform matchmaking_note_change(new.organisation_id, 'membership');
    end if;
    return null;
end
$$;
