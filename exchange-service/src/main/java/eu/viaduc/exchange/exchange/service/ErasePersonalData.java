package eu.viaduc.exchange.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.platform.members.OrganisationErased;

/**
 * members-service erased a contact person or a whole organisation: the visiting persons named by it
 * are forgotten. The exchanges stay, anonymous, for the programme's KPIs. Runs in the inbox's transaction.
 */
@ApplicationScoped
public class ErasePersonalData {

    private final EntityManager entityManager;

    @Inject
    public ErasePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onErasure(@Observes OrganisationErased erasure) {
        var query = erasure.isWholeOrganisation()
                ? entityManager.createQuery("select e from Exchange e where e.visitorOrganisationId = :organisation",
                        Exchange.class).setParameter("organisation", erasure.organisationId())
                : entityManager.createQuery("select e from Exchange e where e.contactId = :contact", Exchange.class)
                        .setParameter("contact", erasure.contactId());
        query.getResultList().forEach(Exchange::erasePersonalData);
    }
}
