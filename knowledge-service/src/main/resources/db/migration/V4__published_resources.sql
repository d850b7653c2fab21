-- What search reads: one row per published resource, with its texts' search vectors in one (each text
-- stemmed in its own language), what filters and hits need, its facet values as small numbers, and the
-- audience keys of who may see it, so that a search reads one narrow table through its text index, with
-- no join. Kept by the service on every publication and archival, and on every membership or alliance
-- change of the author organisation (from members' events), in the same transaction.

-- Who may see a published resource, as keys a caller's standing is matched against (array overlap):
-- 'public', 'members', 'o:<author organisation>', 'm:<cluster>' (managers of the author's clusters see
-- everything), 'c:<cluster>' (CLUSTER: the author's active clusters), 'a:<alliance>' (ALLIANCE: the
-- alliances of those clusters). The one statement of the visibility rule; Audience gives a caller's keys.
create function knowledge_audience(author uuid, visibility text) returns text[]
    language sql stable parallel safe
    return array['o:' || author]
        || case visibility when 'PUBLIC' then array['public'] when 'MEMBERS' then array['members'] else '{}'::text[] end
        || array(select 'm:' || m.cluster_id from member_membership m
                 where m.organisation_id = author and m.status = 'ACTIVE' order by 1)
        || case when visibility = 'CLUSTER' then array(select 'c:' || m.cluster_id from member_membership m
                 where m.organisation_id = author and m.status = 'ACTIVE' order by 1) else '{}'::text[] end
        || case when visibility = 'ALLIANCE' then array(select distinct 'a:' || ac.alliance_id from member_membership m
                 join member_alliance_cluster ac on ac.cluster_id = m.cluster_id
                 where m.organisation_id = author and m.status = 'ACTIVE' order by 1) else '{}'::text[] end;

-- Every audience key ever used, numbered: matching small numbers is several times cheaper than text.
create table audience_key (
    id  int generated always as identity primary key,
    key text not null unique
);

-- The numbers of these keys, numbering those seen for the first time.
create function knowledge_audience_ids(keys text[]) returns int[]
    language plpgsql
as $$
begin
    insert into audience_key (key) select unnest(keys) on conflict do nothing;
    return array(select id from audience_key where key = any(keys) order by id);
end;
$$;

-- The search vectors of a version's texts in one.
create aggregate knowledge_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

-- Every facet value ever seen (type, sector, value chain, tag, language), numbered: counting small
-- numbers is what keeps facets cheap over tens of thousands of matches.
create table facet_value (
    id    int generated always as identity primary key,
    facet varchar(20)  not null,
    value text         not null,
    unique (facet, value)
);

create table published_resource (
    resource_id            uuid         primary key references resource (id) on delete cascade,
    version_number         int          not null,
    author_organisation_id uuid         not null,
    type                   varchar(30)  not null,
    visibility             varchar(20)  not null,
    value_chain            varchar(100),
    tags                   text[]       not null,
    nace_codes             text[]       not null,
    languages              text[]       not null,
    original_language      char(2)      not null,
    published_at           timestamptz  not null,
    search                 tsvector     not null,
    facets                 int[]        not null,
    audience               int[]        not null -- audience_key ids
);
create index published_resource_search on published_resource using gin (search);
create index published_resource_tags on published_resource using gin (tags);
create index published_resource_nace on published_resource using gin (nace_codes);
create index published_resource_by_author on published_resource (author_organisation_id);

-- The facet values of a published version.
create function knowledge_facets(type text, value_chain text, tags text[], nace_codes text[], languages text[])
    returns table (facet text, value text)
    language sql immutable parallel safe
begin atomic
    select 'type', type
    union all select 'valueChain', value_chain where value_chain is not null
    union all select 'tag', tag from unnest(tags) tag
    union all select 'sector', code from unnest(nace_codes) code
    union all select 'language', language from unnest(languages) language;
end;

-- Puts the resource's row as its published version says now: none unless the resource is PUBLISHED.
create function knowledge_index_published(resource uuid) returns void
    language plpgsql
as $$
declare
    p record;
begin
    delete from published_resource where resource_id = resource;
    select r.id, r.author_organisation_id, v.number, v.type, v.visibility, v.value_chain, v.tags, v.nace_codes,
           v.original_language, coalesce(v.published_at, r.changed_at) as published_at,
           array(select t.language::text from resource_text t
                 where t.resource_id = v.resource_id and t.number = v.number order by 1) as languages
      into p
      from resource r join resource_version v on v.resource_id = r.id and v.number = r.published_version
     where r.id = resource and r.status = 'PUBLISHED';
    if not found then
        return;
    end if;
    insert into facet_value (facet, value)
    select f.facet, f.value from knowledge_facets(p.type, p.value_chain, p.tags, p.nace_codes, p.languages) f
    on conflict do nothing;
    insert into published_resource (resource_id, version_number, author_organisation_id, type, visibility, value_chain,
            tags, nace_codes, languages, original_language, published_at, search, facets, audience)
    values (p.id, p.number, p.author_organisation_id, p.type, p.visibility, p.value_chain, p.tags, p.nace_codes,
            p.languages, p.original_language, p.published_at,
            (select knowledge_tsvector_agg(t.search) from resource_text t where t.resource_id = p.id and t.number = p.number),
            array(select fv.id from knowledge_facets(p.type, p.value_chain, p.tags, p.nace_codes, p.languages) f
                  join facet_value fv on fv.facet = f.facet and fv.value = f.value order by 1),
            knowledge_audience_ids(knowledge_audience(p.author_organisation_id, p.visibility)));
end;
$$;

select knowledge_index_published(id) from resource where status = 'PUBLISHED';
