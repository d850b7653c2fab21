package eu.viaduc.matchmaking.alert.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.matchmaking.alert.model.SavedSearch;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.Countries;
import eu.viaduc.taxonomy.NaceCodes;

/**
 * A person saves a search, or follows opportunity types and sectors (a search with only those): each
 * opportunity published or renewed that matches it then reaches them as an alert, by e-mail and event.
 */
@ApplicationScoped
public class SaveSearch {

    /** Enough for anyone's interests, and a bound on the work each publication costs. */
    public static final int MAX_PER_PERSON = 50;

    private final EntityManager entityManager;
    private final AlertRecipients recipients;

    @Inject
    public SaveSearch(EntityManager entityManager, AlertRecipients recipients) {
        this.entityManager = entityManager;
        this.recipients = recipients;
    }

    /** What to save, as sent; the lists may be empty (any). */
    public record Criteria(String name, String q, List<OpportunityType> types, List<String> competences,
            List<String> naceCodes, List<String> countries) {
    }

    @Transactional
    public SavedSearch save(Criteria criteria, String language) {
        Competences.requireAll("competences", criteria.competences());
        NaceCodes.canonical("naceCodes", criteria.naceCodes());
        List<String> prefixes = criteria.naceCodes().stream().map(NaceCodes::asPrefix).distinct().toList();
        for (int i = 0; i < criteria.countries().size(); i++) {
            Countries.require("countries[" + i + "]", criteria.countries().get(i));
        }
        AlertRecipient recipient = recipients.caller(language);
        long saved = entityManager.createQuery("select count(s) from SavedSearch s where s.subject = :subject", Long.class)
                .setParameter("subject", recipient.subject()).getSingleResult();
        if (saved >= MAX_PER_PERSON) {
            throw ProblemException.conflict("you have " + MAX_PER_PERSON + " saved searches already; delete one first");
        }
        String q = criteria.q() == null || criteria.q().isBlank() ? null : criteria.q().strip();
        SavedSearch search = new SavedSearch(recipient.subject(), criteria.name().strip(), q,
                criteria.types().stream().map(Enum::name).distinct().toList(),
                List.copyOf(new LinkedHashSet<>(criteria.competences())), prefixes,
                List.copyOf(new LinkedHashSet<>(criteria.countries())), OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(search);
        return search;
    }
}
