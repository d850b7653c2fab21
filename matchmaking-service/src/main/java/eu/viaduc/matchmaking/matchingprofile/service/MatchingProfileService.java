package eu.viaduc.matchmaking.matchingprofile.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.matchmaking.organisation.model.ProfileFacts;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * How matchmaking sees an organisation, and what its people could add so that it is found for more
 * needs. Advice for the organisation only: its EDITORs and ADMINs (from this service's read model of
 * members' affiliation events) and platform admins.
 */
@ApplicationScoped
public class MatchingProfileService {

    private final OrganisationProfiles profiles;
    private final Caller caller;

    @Inject
    public MatchingProfileService(OrganisationProfiles profiles, Caller caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    public MatchingProfile of(UUID organisation) {
        if (!caller.mayActFor(organisation, OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs see its matching profile");
        }
        OrganisationProfile profile = profiles.find(organisation)
                .orElseThrow(() -> ProblemException.notFound("organisation known to matchmaking", organisation));
        return new MatchingProfile(profile.id(), profile.version(), profile.facts(), gaps(profile.facts()));
    }

    /** What is missing, in the order it matters for being found: competences first. */
    static List<Gap> gaps(ProfileFacts facts) {
        List<Gap> gaps = new ArrayList<>();
        if (facts.competences().isEmpty()) {
            gaps.add(new Gap("competences", "Add competences from the vocabulary: needs are matched on them first."));
        }
        if (facts.keywords().isEmpty()) {
            gaps.add(new Gap("keywords", "Add keywords for what the vocabulary does not name."));
        }
        if (facts.offers().isEmpty()) {
            gaps.add(new Gap("offers", "Describe what the organisation offers: opportunities are compared with its words."));
        }
        if (facts.naceCodes().isEmpty()) {
            gaps.add(new Gap("naceCodes", "Add NACE codes, so that searches by sector find the organisation."));
        }
        if (facts.nutsRegion() == null) {
            gaps.add(new Gap("nutsRegion", "Add the NUTS region, so that searches by region find the organisation."));
        }
        if (facts.latitude() == null) {
            gaps.add(new Gap("location", "Add the location, so that nearby partners find the organisation."));
        }
        if (facts.sizeBand() == null) {
            gaps.add(new Gap("sizeBand", "Add the size band, so that buyers can judge capacity."));
        }
        return gaps;
    }

    @Schema(name = "MatchingProfile", examples = """
            {"organisationId": "4b7e2d9a-1c3f-4a5b-8d6e-7f8a9b0c1d2e", "version": 7,
             "facts": {"name": "Weverij De Leie NV", "type": "SME", "sizeBand": null, "country": "BE", "nutsRegion": "BE25",
                       "latitude": null, "longitude": null, "naceCodes": ["C13.20"],
                       "competences": ["weaving", "technical-textiles"], "keywords": ["recycled yarn", "jacquard"],
                       "offers": {"nl": "Weven van stoffen uit gerecycleerd garen.",
                                  "en": "Weaving of fabrics from recycled yarn."}},
             "gaps": [{"field": "location", "advice": "Add the location, so that nearby partners find the organisation."},
                      {"field": "sizeBand", "advice": "Add the size band, so that buyers can judge capacity."}]}""")
    public record MatchingProfile(UUID organisationId, long version, ProfileFacts facts, List<Gap> gaps) {
    }

    /** A profile field that is empty, and why filling it helps. */
    @Schema(name = "Gap", examples = """
            {"field": "naceCodes", "advice": "Add NACE codes, so that searches by sector find the organisation."}""")
    public record Gap(String field, String advice) {
    }
}
