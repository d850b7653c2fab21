package eu.viaduc.exchange.offer.service;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.members.MemberOrganisation;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.offer.events.HostingOfferEvents;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.offer.rest.HostingOfferRequest;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * A host organisation's people (EDITOR or ADMIN) publish what they offer visitors of a programme.
 * The host must be an active member of a cluster of the programme's alliance, and its country must
 * have a lump sum in the programme, or no stay with it could ever be paid.
 */
@ApplicationScoped
public class PublishHostingOffer {

    private final EntityManager entityManager;
    private final Programmes programmes;
    private final MembersDirectory directory;
    private final HostingOfferEvents events;
    private final Caller caller;

    @Inject
    public PublishHostingOffer(EntityManager entityManager, Programmes programmes, MembersDirectory directory,
            HostingOfferEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.directory = directory;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public HostingOffer publish(HostingOfferRequest request) {
        if (!caller.mayActFor(request.hostOrganisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the host organisation's EDITORs and ADMINs publish its offers");
        }
        Programme programme = programmes.read(request.programmeId());
        MemberOrganisation host = directory.organisation(request.hostOrganisationId())
                .orElseThrow(() -> ProblemException.invalid("hostOrganisationId", "names no organisation known to exchange-service"));
        if (directory.activeClustersInAlliance(host.id(), programme.allianceId()).isEmpty()) {
            throw ProblemException.invalid("hostOrganisationId",
                    "is not an active member of a cluster of the programme's alliance");
        }
        if (programme.lumpSum(host.country()).isEmpty()) {
            throw ProblemException.invalid("hostOrganisationId",
                    "is in " + host.country() + ", a country for which the programme sets no lump sum");
        }
        if (request.availableUntil().isBefore(request.availableFrom())) {
            throw ProblemException.invalid("availableUntil", "must not be before availableFrom");
        }
        if (!programme.covers(request.availableFrom(), request.availableUntil())) {
            throw ProblemException.invalid("availableUntil", "the window must lie inside the programme's period "
                    + programme.startsOn() + " to " + programme.endsOn());
        }
        Set<String> languages = new TreeSet<>(request.languages());
        HostingOffer offer = HostingOffer.publish(programme.id(), host.id(), request.topic().strip(),
                request.description() == null ? null : request.description().strip(), request.valueChain().strip(),
                languages, request.availableFrom(), request.availableUntil(), request.capacity(), caller.id());
        entityManager.persist(offer);
        entityManager.flush();
        events.changed(offer);
        return offer;
    }
}
