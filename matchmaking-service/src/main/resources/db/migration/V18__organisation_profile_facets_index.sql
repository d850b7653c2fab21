-- Candidates by competence in a country: the country's organisations, their competences and names in
-- one narrow index, so that the matches are found, counted and sorted without visiting the wide
-- profiles (offers, keywords, the offer words); only the page's twenty are read from the table.
create index organisation_profile_facets on organisation_profile (country) include (name, id, competence_keys);
