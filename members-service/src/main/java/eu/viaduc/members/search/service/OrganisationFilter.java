package eu.viaduc.members.search.service;

import java.util.UUID;

import eu.viaduc.members.cluster.model.LabelLevel;
import eu.viaduc.members.organisation.model.OrganisationType;

/**
 * What a search of the ecosystem map asks for; null means "any", and filters combine. NUTS and NACE
 * filters match sub-codes (FR1 finds FR101; C13 finds C13.92). Cluster, alliance and label look at
 * active memberships; a label counts while it is valid. Text is searched in names, keywords,
 * competences and the texts in every stored language, or stemmed for one language only.
 */
public record OrganisationFilter(String country, String nutsRegion, OrganisationType type, String nace,
        String competence, UUID cluster, UUID alliance, LabelLevel label, String text, String language) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether it filters by memberships (cluster, alliance, label): facts of other rows than the organisation's. */
    public boolean byMembership() {
        return cluster != null || alliance != null || label != null;
    }
}
