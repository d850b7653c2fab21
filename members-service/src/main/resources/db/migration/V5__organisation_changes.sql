-- Organisations can be changed and (softly) deleted: the row stays for history and references.
alter table organisation add column updated_at timestamptz;
update organisation set updated_at = registered_at;
alter table organisation alter column updated_at set not null;
alter table organisation add column deleted_at timestamptz;
