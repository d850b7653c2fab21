-- The columns a filtered search and the counts read, in one narrow index over live organisations: a
-- filter by country (and type) finds its matches, checks their competences and sectors, sorts them by
-- name and counts them from the index alone, without visiting the wide rows (descriptions, offers, the
-- search vector). At 100,000 organisations the counts of one country read 5,600 rows of the table.
create index organisation_facets on organisation (country, type) include (name, id, registered_at, competences, nace_sections)
    where deleted_at is null;
