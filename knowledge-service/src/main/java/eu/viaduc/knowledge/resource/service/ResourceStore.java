package eu.viaduc.knowledge.resource.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.resource.model.Draft;
import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceStatus;
import eu.viaduc.knowledge.resource.model.ResourceText;
import eu.viaduc.knowledge.resource.model.ResourceType;
import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.knowledge.resource.model.Visibility;
import eu.viaduc.platform.database.SqlArrays;
import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.platform.problem.ProblemException;

/** Resources, their versions and texts in PostgreSQL (plain SQL: arrays and the generated search column). */
@ApplicationScoped
public class ResourceStore {

    private static final String VERSION_COLUMNS = """
            resource_id, number, state, type, visibility, value_chain, tags, nace_codes, original_language,
            author_subject, author_name, created_at, submitted_at, reviewed_by, review_comment, reviewed_at, published_at""";

    private final EntityManager entityManager;

    @Inject
    public ResourceStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Resource create(UUID authorOrganisationId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Resource resource = new Resource(UUID.randomUUID(), authorOrganisationId, ResourceStatus.DRAFT, null, 1, now, now, 0);
        entityManager.createNativeQuery("""
                insert into resource (id, author_organisation_id, status, published_version, latest_version, created_at,
                    changed_at, version) values (?1, ?2, ?3, null, 1, ?4, ?4, 0)""")
                .setParameter(1, resource.id()).setParameter(2, authorOrganisationId)
                .setParameter(3, resource.status().name()).setParameter(4, now).executeUpdate();
        return resource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource read(UUID id) {
        return find(id, false);
    }

    /** Locked until the transaction ends: one change of a resource at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resource lock(UUID id) {
        return find(id, true);
    }

    private Resource find(UUID id, boolean lock) {
        List<?> rows = entityManager.createNativeQuery("""
                select id, author_organisation_id, status, published_version, latest_version, created_at, changed_at, version
                from resource where id = ?1""" + (lock ? " for update" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("resource", id);
        }
        Object[] c = (Object[]) rows.get(0);
        return new Resource((UUID) c[0], (UUID) c[1], ResourceStatus.valueOf((String) c[2]),
                c[3] == null ? null : ((Number) c[3]).intValue(), ((Number) c[4]).intValue(), time(c[5]), time(c[6]),
                ((Number) c[7]).longValue());
    }

    /** The resource's new status, published and latest version; its version grows by one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resource update(Resource resource, ResourceStatus status, Integer publishedVersion, int latestVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                update resource set status = ?2, published_version = ?3, latest_version = ?4, changed_at = ?5,
                    version = version + 1 where id = ?1""")
                .setParameter(1, resource.id()).setParameter(2, status.name()).setParameter(3, publishedVersion)
                .setParameter(4, latestVersion).setParameter(5, now).executeUpdate();
        return new Resource(resource.id(), resource.authorOrganisationId(), status, publishedVersion, latestVersion,
                resource.createdAt(), now, resource.version() + 1);
    }

    /** Writes the version's content (a new version, or the draft rewritten) with its texts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeDraft(UUID resourceId, int number, Draft draft, String authorSubject, String authorName) {
        entityManager.createNativeQuery("delete from resource_text where resource_id = ?1 and number = ?2")
                .setParameter(1, resourceId).setParameter(2, number).executeUpdate();
        entityManager.createNativeQuery("""
                insert into resource_version (resource_id, number, state, type, visibility, value_chain, tags, nace_codes,
                    original_language, author_subject, author_name, created_at)
                values (?1, ?2, 'DRAFT', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (resource_id, number) do update set type = excluded.type, visibility = excluded.visibility,
                    value_chain = excluded.value_chain, tags = excluded.tags, nace_codes = excluded.nace_codes,
                    original_language = excluded.original_language, author_subject = excluded.author_subject,
                    author_name = excluded.author_name""")
                .setParameter(1, resourceId).setParameter(2, number).setParameter(3, draft.type().name())
                .setParameter(4, draft.visibility().name()).setParameter(5, draft.valueChain())
                .setParameter(6, draft.tags().toArray(String[]::new)).setParameter(7, draft.naceCodes().toArray(String[]::new))
                .setParameter(8, draft.originalLanguage()).setParameter(9, authorSubject).setParameter(10, authorName)
                .setParameter(11, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        for (ResourceText text : draft.texts().values()) {
            entityManager.createNativeQuery("""
                    insert into resource_text (resource_id, number, language, title, summary, body_markdown, body_html)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, resourceId).setParameter(2, number).setParameter(3, text.language())
                    .setParameter(4, text.title()).setParameter(5, text.summary()).setParameter(6, text.bodyMarkdown())
                    .setParameter(7, text.bodyHtml()).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setState(UUID resourceId, int number, VersionState state) {
        String stamp = switch (state) {
            case IN_REVIEW -> ", submitted_at = now()";
            case PUBLISHED -> ", published_at = now()";
            default -> "";
        };
        entityManager.createNativeQuery("update resource_version set state = ?3" + stamp
                + " where resource_id = ?1 and number = ?2")
                .setParameter(1, resourceId).setParameter(2, number).setParameter(3, state.name()).executeUpdate();
    }

    /** The reviewer's decision on the version, with its comment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReview(UUID resourceId, int number, String reviewer, String comment) {
        entityManager.createNativeQuery("""
                update resource_version set reviewed_by = ?3, review_comment = ?4, reviewed_at = now()
                where resource_id = ?1 and number = ?2""")
                .setParameter(1, resourceId).setParameter(2, number).setParameter(3, reviewer).setParameter(4, comment)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResourceVersion> version(UUID resourceId, int number) {
        return versions("where resource_id = ?1 and number = ?2", resourceId, number).stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResourceVersion> versions(UUID resourceId) {
        return versions("where resource_id = ?1 order by number", resourceId);
    }

    private List<ResourceVersion> versions(String where, Object... parameters) {
        var query = entityManager.createNativeQuery("select " + VERSION_COLUMNS + " from resource_version " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList().stream().map(row -> {
            Object[] c = (Object[]) row;
            return new ResourceVersion((UUID) c[0], ((Number) c[1]).intValue(), VersionState.valueOf((String) c[2]),
                    ResourceType.valueOf((String) c[3]), Visibility.valueOf((String) c[4]), (String) c[5], SqlArrays.strings(c[6]),
                    SqlArrays.strings(c[7]), ((String) c[8]).strip(), (String) c[9], (String) c[10], time(c[11]), time(c[12]),
                    (String) c[13], (String) c[14], time(c[15]), time(c[16]));
        }).toList();
    }

    /** The version's texts by language, in the platform's order of languages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ResourceText> texts(UUID resourceId, int number) {
        Map<String, ResourceText> texts = new LinkedHashMap<>();
        List<?> rows = entityManager.createNativeQuery("""
                select language, title, summary, body_markdown, body_html from resource_text
                where resource_id = ?1 and number = ?2 order by array_position(array['en','fr','nl','es','bg','ro','da'], language::text)""")
                .setParameter(1, resourceId).setParameter(2, number).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String language = ((String) c[0]).strip();
            texts.put(language, new ResourceText(language, (String) c[1], (String) c[2], (String) c[3], (String) c[4]));
        }
        return texts;
    }

    /** The author's name is replaced on every version they wrote: the content stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymiseAuthor(String subject) {
        return entityManager.createNativeQuery("""
                update resource_version set author_name = 'former member', author_subject = 'erased:' || md5(author_subject)
                where author_subject = ?1""").setParameter(1, subject).executeUpdate();
    }

    /** Every author of the organisation's resources is replaced by "former member". */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymiseAuthorsOf(UUID organisationId) {
        return entityManager.createNativeQuery("""
                update resource_version v set author_name = 'former member', author_subject = 'erased:' || md5(author_subject)
                from resource r where r.id = v.resource_id and r.author_organisation_id = ?1
                and v.author_name <> 'former member'""").setParameter(1, organisationId).executeUpdate();
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : SqlTimes.toOffsetDateTime(value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
