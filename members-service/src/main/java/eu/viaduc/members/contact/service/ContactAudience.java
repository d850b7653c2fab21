package eu.viaduc.members.contact.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Whether a person acts for an organisation that knows another: both active members of one cluster,
 * or introduced to each other through matchmaking (an expression of interest accepted). One query over
 * this service's own tables: affiliations, memberships, introductions.
 */
@ApplicationScoped
public class ContactAudience {

    private final EntityManager entityManager;

    @Inject
    public ContactAudience(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean isAcquainted(String subject, UUID organisationId) {
        return (Boolean) entityManager.createNativeQuery("""
                select exists (
                  select 1 from affiliation a
                  where a.subject = ?1 and a.scope = 'ORGANISATION'
                    and (exists (select 1 from membership mine
                                 join membership theirs on theirs.cluster_id = mine.cluster_id
                                 where mine.organisation_id = a.target_id and mine.status = 'ACTIVE'
                                   and theirs.organisation_id = ?2 and theirs.status = 'ACTIVE')
                         or exists (select 1 from organisation_introduction i
                                    where i.organisation_id = ?2 and i.introduced_to = a.target_id)))""")
                .setParameter(1, subject).setParameter(2, organisationId).getSingleResult();
    }
}
