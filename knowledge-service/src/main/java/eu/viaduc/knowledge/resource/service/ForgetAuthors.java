package eu.viaduc.knowledge.resource.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.viaduc.platform.members.OrganisationErased;
import eu.viaduc.platform.members.PersonErased;

/**
 * Authors are people: when members-service erases a person or a whole organisation, their name on
 * every version becomes "former member" and the content stays, as the know-how belongs to the
 * platform's members. (A contact's erasure names no author: authors are accounts, not contacts.)
 */
@ApplicationScoped
public class ForgetAuthors {

    private final ResourceStore store;

    @Inject
    public ForgetAuthors(ResourceStore store) {
        this.store = store;
    }

    void onPersonErased(@Observes PersonErased erasure) {
        store.anonymiseAuthor(erasure.subject());
    }

    void onOrganisationErased(@Observes OrganisationErased erasure) {
        if (erasure.isWholeOrganisation()) {
            store.anonymiseAuthorsOf(erasure.organisationId());
        }
    }
}
