package eu.viaduc.knowledge.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.knowledge.resource.events.ResourceChanged;
import eu.viaduc.platform.members.MembershipsChanged;

/**
 * Keeps {@code published_resource}, what search reads, in step with the resources and with who may see
 * them, in the transaction of the change: a resource's row follows its published version (the database
 * function {@code knowledge_index_published}), and its audience follows the author organisation's
 * memberships and alliances as soon as members' events about them are applied.
 */
@ApplicationScoped
public class SearchIndex {

    private final EntityManager entityManager;

    @Inject
    public SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onResourceChanged(@Observes ResourceChanged change) {
        entityManager.createNativeQuery("select count(*) from knowledge_index_published(:id)").setParameter("id", change.resourceId())
                .getSingleResult();
    }

    void onMembershipsChanged(@Observes MembershipsChanged change) {
        if (change.organisationIds().isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                update published_resource set audience = knowledge_audience_ids(knowledge_audience(author_organisation_id, visibility))
                where author_organisation_id in (:organisations)""")
                .setParameter("organisations", change.organisationIds()).executeUpdate();
    }
}
