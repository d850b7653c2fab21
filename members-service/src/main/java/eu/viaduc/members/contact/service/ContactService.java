package eu.viaduc.members.contact.service;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.contact.events.ContactEvents;
import eu.viaduc.members.contact.model.Contact;
import eu.viaduc.members.contact.model.ContactDetails;
import eu.viaduc.members.membership.service.MembershipService;
import eu.viaduc.members.organisation.service.OrganisationErasure;
import eu.viaduc.members.organisation.service.OrganisationService;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * An organisation's contacts. Its EDITORs and ADMINs and platform admins keep them; the managers of a cluster
 * it is an active member of see them all; the people of organisations it knows (fellow members of its
 * clusters, organisations matchmaking introduced to it) see those with members' consent; anyone else sees
 * only those with public consent.
 */
@ApplicationScoped
public class ContactService {

    private final EntityManager entityManager;
    private final OrganisationService organisations;
    private final MembershipService memberships;
    private final ContactEvents events;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ContactAudience audience;

    @Inject
    public ContactService(EntityManager entityManager, OrganisationService organisations,
            MembershipService memberships, ContactEvents events, Idempotency idempotency, Caller caller,
            ContactAudience audience) {
        this.audience = audience;
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.memberships = memberships;
        this.events = events;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    public static URI location(UUID contactId) {
        return URI.create("/api/v1/contacts/" + contactId);
    }

    @Transactional
    public Contact add(UUID organisationId, ContactDetails details) {
        organisations.get(organisationId);
        organisations.require(organisationId, OrganisationRole.EDITOR);
        Contact contact = Contact.add(organisationId, details);
        entityManager.persist(contact);
        entityManager.flush();
        return contact;
    }

    @Transactional
    public Contact update(UUID id, ContactDetails details, String ifMatch) {
        Contact contact = find(id);
        organisations.require(contact.organisationId(), OrganisationRole.EDITOR);
        ETags.requireMatch(ifMatch, contact.version());
        contact.update(details);
        entityManager.flush();
        return contact;
    }

    /** Erasure on request: the person is deleted here, and contact.erased.v1 tells every other service. */
    @Transactional
    public void erase(UUID id) {
        Contact contact = find(id);
        organisations.require(contact.organisationId(), OrganisationRole.EDITOR);
        entityManager.remove(contact);
        idempotency.forget(location(id));
        events.erased(id, contact.organisationId(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The contacts this caller may see, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> list(UUID organisationId) {
        organisations.get(organisationId);
        List<Contact> contacts = entityManager.createQuery(
                "select c from Contact c where c.organisationId = :organisation order by c.fullName, c.id", Contact.class)
                .setParameter("organisation", organisationId)
                .getResultList();
        if (seesEveryone(organisationId)) {
            return contacts;
        }
        boolean acquainted = caller.isPerson() && audience.isAcquainted(caller.id(), organisationId);
        return contacts.stream().filter(contact -> contact.visibleTo(acquainted)).toList();
    }

    /** The organisation is being erased: its people go with it, in the same transaction. */
    void onOrganisationErasure(@Observes OrganisationErasure erasure) {
        List<Contact> contacts = entityManager.createQuery("select c from Contact c where c.organisationId = :organisation",
                Contact.class).setParameter("organisation", erasure.organisationId()).getResultList();
        for (Contact contact : contacts) {
            entityManager.remove(contact);
            idempotency.forget(location(contact.id()));
        }
    }

    private Contact find(UUID id) {
        Contact contact = entityManager.find(Contact.class, id);
        if (contact == null) {
            throw ProblemException.notFound("contact", id);
        }
        return contact;
    }

    private boolean seesEveryone(UUID organisationId) {
        if (caller.mayActFor(organisationId, OrganisationRole.EDITOR)) {
            return true;
        }
        // an organisation that joined a cluster (consented by both sides) is known to its managers
        return memberships.isActiveMemberOfAny(organisationId, caller.managedClusters());
    }
}
