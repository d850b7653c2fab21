-- Candidates in one country: the country's rows (a thirtieth of all) are found from this index and
-- intersected with the competence's, instead of rechecking every holder of a common competence.
create index organisation_profile_country on organisation_profile (country);
