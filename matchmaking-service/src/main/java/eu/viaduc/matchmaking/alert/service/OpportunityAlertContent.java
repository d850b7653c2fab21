package eu.viaduc.matchmaking.alert.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.matchmaking.opportunity.model.TextLanguages;

/** The e-mail of an urgent need or of a saved search's match: the opportunity in the person's language. */
@ApplicationScoped
class OpportunityAlertContent implements AlertContent {

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("[Viaduc] Urgent need: ", "[Viaduc] New opportunity: ",
                    "An urgent need asks a competence your organisation offers.",
                    "An opportunity matches your saved search \"%s\".", "Read it and express your interest: "),
            "fr", List.of("[Viaduc] Besoin urgent : ", "[Viaduc] Nouvelle opportunité : ",
                    "Un besoin urgent demande une compétence que votre organisation propose.",
                    "Une opportunité correspond à votre recherche enregistrée « %s ».", "Lisez-la et manifestez votre intérêt : "),
            "nl", List.of("[Viaduc] Dringende behoefte: ", "[Viaduc] Nieuwe kans: ",
                    "Een dringende behoefte vraagt een competentie die uw organisatie biedt.",
                    "Een kans past bij uw bewaarde zoekopdracht \"%s\".", "Lees ze en toon uw interesse: "));

    private final EntityManager entityManager;
    private final String links;

    @Inject
    OpportunityAlertContent(EntityManager entityManager,
            @ConfigProperty(name = "viaduc.matchmaking.alerts.links", defaultValue = "http://localhost:8080/api/v1/opportunities/")
            String links) {
        this.entityManager = entityManager;
        this.links = links;
    }

    @Override
    public boolean writes(Alert.Kind kind) {
        return kind == Alert.Kind.URGENT_NEED || kind == Alert.Kind.SAVED_SEARCH;
    }

    @Override
    public Mail compose(Alert alert, AlertRecipient recipient) {
        Opportunity opportunity = entityManager.find(Opportunity.class, alert.opportunityId());
        String language = WORDS.containsKey(recipient.language()) ? recipient.language() : "en";
        List<String> words = WORDS.get(language);
        String shown = TextLanguages.negotiate(List.of(Locale.forLanguageTag(recipient.language())),
                opportunity.texts().keySet(), opportunity.originalLanguage());
        OpportunityText text = opportunity.texts().get(shown);
        boolean urgent = alert.kind() == Alert.Kind.URGENT_NEED;
        String why = urgent ? words.get(2) : words.get(3).formatted(searchName(alert));
        String body = why + "\n\n" + text.title() + "\n" + (text.description() == null ? "" : text.description() + "\n")
                + "\n" + words.get(4) + links + opportunity.id() + "\n";
        return Mail.withText(recipient.email(), (urgent ? words.get(0) : words.get(1)) + text.title(), body);
    }

    private String searchName(Alert alert) {
        if (alert.savedSearchId() == null) {
            return "";
        }
        return entityManager.createQuery("select s.name from SavedSearch s where s.id = :id", String.class)
                .setParameter("id", alert.savedSearchId()).getResultStream().findFirst().orElse("");
    }
}
