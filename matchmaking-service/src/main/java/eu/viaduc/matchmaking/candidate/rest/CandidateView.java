package eu.viaduc.matchmaking.candidate.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;

/** An organisation proposed for a need. */
@Schema(name = "Candidate", examples = """
        {"organisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "name": "Sofia Fashion Lab OOD", "type": "SME",
         "country": "BG", "competences": ["pattern-making", "sustainable-fashion"]}""")
public record CandidateView(UUID organisationId, String name, String type, String country, List<String> competences) {

    static CandidateView of(OrganisationProfile profile) {
        return new CandidateView(profile.id(), profile.name(), profile.type(), profile.country(), profile.competences());
    }
}
