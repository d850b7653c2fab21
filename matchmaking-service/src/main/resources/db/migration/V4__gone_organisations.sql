-- Deleted organisations are kept apart as erased ones are: a late update must not bring them back.
comment on table erased_organisation is 'Organisations erased or deleted in members-service: their later events are ignored';
