-- Each organisation row carries the transaction that last wrote it. The in-process text index
-- (OrganisationTextIndex) reads, before it answers, the rows written by transactions it may not have seen:
-- those from the oldest transaction still running when it last looked.
alter table organisation add column changed_in xid8;
create index organisation_changed_in on organisation (changed_in);

create function organisation_changed_in() returns trigger language plpgsql as $$
begin
    new.changed_in := pg_current_xact_id();
    return new;
end
$$;

create trigger organisation_changed_in before insert or update on organisation
    for each row execute function organisation_changed_in();
