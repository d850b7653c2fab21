package eu.viaduc.exchange.offer.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.platform.members.MemberOrganisation;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.Page;

/** Reading and searching hosting offers; taking and releasing their places for the exchange feature. */
@ApplicationScoped
public class HostingOffers {

    private final EntityManager entityManager;
    private final MembersDirectory directory;

    @Inject
    public HostingOffers(EntityManager entityManager, MembersDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HostingOffer read(UUID id) {
        HostingOffer offer = entityManager.find(HostingOffer.class, id);
        if (offer == null) {
            throw ProblemException.notFound("hosting offer", id);
        }
        return offer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<HostingOffer> find(UUID id) {
        return java.util.Optional.ofNullable(entityManager.find(HostingOffer.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferListing listing(HostingOffer offer) {
        MemberOrganisation host = directory.organisation(offer.hostOrganisationId()).orElse(null);
        return new OfferListing(offer, host == null ? null : host.name(), host == null ? null : host.country());
    }

    /** The host accepts a visitor: one place of the offer is taken, or 409 when none is left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takePlace(UUID offerId) {
        entityManager.find(HostingOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE).takePlace();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void releasePlace(UUID offerId) {
        entityManager.find(HostingOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE).releasePlace();
    }

    /** What a visitor looks for; every filter is optional. */
    public record Search(UUID programmeId, String country, String valueChain, String language, LocalDate from,
            LocalDate until, int page, int size) {
    }

    /** Open offers that match, soonest window first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OfferListing> search(Search search) {
        StringBuilder where = new StringBuilder(" from hosting_offer o left join member_organisation h"
                + " on h.id = o.host_organisation_id where o.status = 'OPEN'");
        Map<String, Object> parameters = new HashMap<>();
        if (search.programmeId() != null) {
            where.append(" and o.programme_id = :programme");
            parameters.put("programme", search.programmeId());
        }
        if (search.country() != null) {
            where.append(" and h.country = :country");
            parameters.put("country", search.country());
        }
        if (search.valueChain() != null) {
            where.append(" and lower(o.value_chain) = lower(:valueChain)");
            parameters.put("valueChain", search.valueChain());
        }
        if (search.language() != null) {
            where.append(" and exists (select 1 from hosting_offer_language l where l.offer_id = o.id and l.language = :language)");
            parameters.put("language", search.language());
        }
        // the window must overlap the dates asked for
        if (search.from() != null) {
            where.append(" and o.available_until >= :from");
            parameters.put("from", search.from());
        }
        if (search.until() != null) {
            where.append(" and o.available_from <= :until");
            parameters.put("until", search.until());
        }
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        Query ids = entityManager.createNativeQuery("select o.id" + where + " order by o.available_from, o.id", UUID.class)
                .setFirstResult(search.page() * search.size()).setMaxResults(search.size());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<OfferListing> items = new ArrayList<>();
        for (Object id : ids.getResultList()) {
            items.add(listing(entityManager.find(HostingOffer.class, id)));
        }
        return new Page<>(items, search.page(), search.size(), total);
    }
}
